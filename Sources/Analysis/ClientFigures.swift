import Domain

/// One client's row of the profitability report: its figures, receivables aging and flags.
public struct ClientFigures: Sendable, Equatable {
  public var client: ClientKey
  /// The name to show (alias target, else the spelling seen most often).
  public var name: String
  public var figures: Figures
  public var aging: Aging
  public var flags: [Flag]
  /// Incidents in the period, oldest first.
  public var incidents: [Incident]

  public init(
    client: ClientKey, name: String, figures: Figures, aging: Aging, flags: [Flag],
    incidents: [Incident] = []
  ) {
    self.client = client
    self.name = name
    self.figures = figures
    self.aging = aging
    self.flags = flags
    self.incidents = incidents
  }
}
