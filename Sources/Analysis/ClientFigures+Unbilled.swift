import Domain

extension ClientFigures {
  /// Billable work older than this many days at as-of should have been invoiced by now (spec §4
  /// `unbilled`, §5 rule 3).
  public static let unbilledGraceDays = 45

  /// True when the period holds billable work no invoice has billed, dated more than
  /// `unbilledGraceDays` before `asOf`.
  public func hasStaleUnbilledWork(asOf: Day) -> Bool {
    guard let oldest = oldestUnbilledWork else { return false }
    return asOf - oldest > Self.unbilledGraceDays
  }
}
