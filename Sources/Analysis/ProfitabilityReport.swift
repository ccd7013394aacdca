import Domain

/// The profitability report (spec §4, §6 `report`): a pure value every renderer reads.
public struct ProfitabilityReport: Sendable, Equatable {
  public var asOf: Day
  public var from: Day?
  public var to: Day?
  public var currency: Currency
  /// Sorted by client name.
  public var clients: [ClientFigures]
  public var totals: Figures
  /// True when no cost rate was set, so profit ignores the cost of time.
  public var costRateMissing: Bool
  /// The settings' cost and target rates (nil when not set), for the charts' reference lines.
  public var costRate: Money? = nil
  public var targetRate: Money? = nil
  /// Warnings the calculation raised (a payment for no known invoice, a paid amount with no date).
  public var diagnostics: [Diagnostic] = []

  public init(
    asOf: Day, from: Day?, to: Day?, currency: Currency, clients: [ClientFigures], totals: Figures,
    costRateMissing: Bool
  ) {
    self.asOf = asOf
    self.from = from
    self.to = to
    self.currency = currency
    self.clients = clients
    self.totals = totals
    self.costRateMissing = costRateMissing
  }

  /// The clients flagged `losing`, in report order.
  public var losingClients: [ClientFigures] { clients.filter { $0.flags.contains(.losing) } }
}
