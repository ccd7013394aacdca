import Domain

/// The report's figures split by project (per client) or by person (over every client): hours,
/// billable hours, the time's cost, and the client's earned revenue and remaining costs attributed
/// to each part in proportion to its billable value (spec §4b). The attributed figures are an
/// estimate whenever invoices are per client, which they always are here.
public struct Breakdown: Sendable, Equatable {
  /// What the time is split by.
  public enum Dimension: String, Sendable, CaseIterable {
    case project, person
  }

  /// One part: a client's project, or a person across clients.
  public struct Part: Sendable, Equatable {
    /// The client, for a project; nil for a person.
    public var client: ClientKey?
    public var clientName: String?
    /// The project's or person's name; nil for time the export gave none.
    public var name: String?
    public var seconds: Int64 = 0
    public var billableSeconds: Int64 = 0
    /// Σ seconds × each entry's cost rate, rounded once per part; nil when some hour has none.
    public var timeCost: Money?
    /// The clients' earned revenue attributed to the part; nil when it cannot be (spec §4b).
    public var earned: Money?
    /// earned − timeCost − the clients' expenses and carrying cost attributed like earned.
    public var profit: Money?

    public init(client: ClientKey? = nil, clientName: String? = nil, name: String?) {
      self.client = client
      self.clientName = clientName
      self.name = name
    }

    public var hours: Fraction { Fraction(Int128(seconds), 3600) }
    /// billableHours ÷ hours; nil without hours.
    public var billableShare: Fraction? {
      seconds > 0 ? Fraction(Int128(billableSeconds), Int128(seconds)) : nil
    }
  }

  public var dimension: Dimension
  public var asOf: Day
  public var from: Day?
  public var to: Day?
  public var currency: Currency
  /// By client name then part name (a project breakdown), or by name (a person breakdown).
  public var parts: [Part]
  /// What the report it splits noted (spec §6 `diagnostics`).
  public var diagnostics: [Diagnostic] = []
}
