import Domain

/// One period of a trend: a calendar month or quarter, narrowed to `--from`/`--to` where those
/// fall inside it.
public struct TrendPeriod: Sendable, Hashable {
  /// `2026-03` for a month, `2026-Q1` for a quarter.
  public var label: String
  /// The first and last day the period covers, both included.
  public var first: Day
  public var last: Day

  public init(label: String, first: Day, last: Day) {
    self.label = label
    self.first = first
    self.last = last
  }

  /// The calendar periods of `interval` from the one holding `first` to the one holding `last`,
  /// in order, each narrowed to `from`…`to` where those fall inside it; none when `last` is
  /// before `first`.
  static func covering(
    _ first: Day, _ last: Day, by interval: TrendInterval, from: Day? = nil, to: Day? = nil
  ) -> [TrendPeriod] {
    guard first <= last else { return [] }
    var periods: [TrendPeriod] = []
    let start = first.components
    var year = start.year
    var month = (start.month - 1) / interval.months * interval.months + 1
    while true {
      let endMonth = month + interval.months - 1
      guard let opening = Day(year: year, month: month, day: 1),
        let closing = Day(year: year, month: endMonth, day: Day.daysIn(month: endMonth, year: year))
      else { break }
      if opening > last { break }
      periods.append(
        TrendPeriod(
          label: label(year: year, month: month, interval: interval), first: max(opening, from ?? opening),
          last: min(closing, to ?? closing)))
      month += interval.months
      if month > 12 {
        month -= 12
        year += 1
      }
    }
    return periods
  }

  private static func label(year: Int, month: Int, interval: TrendInterval) -> String {
    let yearText = String(year)
    switch interval {
    case .month: return yearText + "-" + (month < 10 ? "0" : "") + String(month)
    case .quarter: return yearText + "-Q" + String((month - 1) / 3 + 1)
    }
  }
}
