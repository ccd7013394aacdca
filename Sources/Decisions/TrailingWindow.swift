import Analysis
import Domain

/// The trailing window W = [asOf − windowDays + 1, asOf] the decision projects from (spec §5).
enum TrailingWindow {
  /// 0001-01-01, the earliest day a date can name: a window reaching further back holds nothing more.
  static let earliestDay = Day(year: 1, month: 1, day: 1) ?? Day(daysSinceEpoch: -719_162)

  /// W's first day, so that W holds exactly `windowDays` days ending on `asOf`; never before
  /// 0001-01-01, so a huge `--window` cannot overflow the day count.
  static func start(asOf: Day, windowDays: Int) -> Day {
    let first = Int(asOf.daysSinceEpoch) - windowDays + 1
    return Day(daysSinceEpoch: Int32(max(first, Int(earliestDay.daysSinceEpoch))))
  }

  /// `settings` over the window of `windowDays` that ends on `end`, still judged as of `asOf`: an
  /// earlier window of the decision, seen with everything known by as-of.
  static func settings(_ settings: Settings, asOf: Day, end: Day) -> Settings {
    var window = settings
    window.asOf = asOf
    window.to = end
    window.from = start(asOf: end, windowDays: settings.windowDays)
    return window
  }
}
