import Domain
import Localization

/// One period of a trend: a calendar month or quarter, narrowed to `--from`/`--to` where those
/// fall inside it.
public struct TrendPeriod: Sendable, Hashable {
  /// `2026-03` for a month, `2026-Q1` for a quarter: what programs read.
  public var label: String
  /// The label as people read it (`الربع ١ ٢٠٢٦` in Arabic); a span of periods joins two.
  public var text: LocalizedText
  /// The first and last day the period covers, both included.
  public var first: Day
  public var last: Day

  public init(label: String, text: LocalizedText? = nil, first: Day, last: Day) {
    self.label = label
    self.text = text ?? Self.text(label: label)
    self.first = first
    self.last = last
  }

  /// The text of a label written `2026-03` or `2026-Q1`; a code as it is otherwise.
  static func text(label: String) -> LocalizedText {
    let parts = label.split(separator: "-")
    if parts.count == 2, let year = Int(parts[0]) {
      if parts[1].hasPrefix("Q"), let quarter = Int(parts[1].dropFirst()) {
        return .same("\(period: TrendLabel(year: year, quarter: quarter))")
      }
      if let month = Int(parts[1]) { return .same("\(period: TrendLabel(year: year, month: month))") }
    }
    return .same("\(code: label)")
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
