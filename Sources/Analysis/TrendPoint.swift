/// One client's figures (or the totals) over one period of a trend.
public struct TrendPoint: Sendable, Equatable {
  public var period: TrendPeriod
  /// The period's figures; all zero and unknown when `isActive` is false.
  public var figures: Figures
  /// The flags the period's figures raise on their own (spec §4 "Flags", over the period).
  public var flags: [Flag]
  /// False when the client had no time entry, invoice, expense or incident in the period.
  public var isActive: Bool

  public init(period: TrendPeriod, figures: Figures, flags: [Flag] = [], isActive: Bool = true) {
    self.period = period
    self.figures = figures
    self.flags = flags
    self.isActive = isActive
  }
}
