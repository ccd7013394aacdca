import Domain
import Localization

/// A `--period` as typed, the hledger way: a calendar year (`2026`), quarter (`2026-Q3`), month
/// (`2026-10`) or day, or a span counted back from a reference day (`this year`, `last quarter`,
/// `last 90 days`, `today`). Its digits may be Arabic-Indic or Persian (`٢٠٢٦-١٠`).
enum PeriodExpression: ArgumentValue, Equatable {
  /// A calendar unit that holds a day.
  enum Unit: String, Sendable, CaseIterable {
    case week, month, quarter, year
  }

  case fixed(first: Day, last: Day)
  /// The unit holding the reference day (`this month`), or the one before it (`last month`).
  case unit(Unit, back: Int)
  /// The `count` days ending on the reference day (`last 90 days`).
  case days(Int)
  /// One day counted back from the reference day: `today` (0), `yesterday` (1).
  case day(back: Int)

  /// The longest `last N days` accepted: a hundred years.
  static let maxDays = 36_525

  init(argument typed: String) throws(ArgumentValueError) {
    let text = Digits.westernized(typed)
    let words = text.lowercased().split(separator: " ").map(String.init)
    switch words.count {
    case 1 where words[0] == "today": self = .day(back: 0)
    case 1 where words[0] == "yesterday": self = .day(back: 1)
    case 1: self = try Self.calendar(text)
    case 2 where words[0] == "this" || words[0] == "last":
      guard let unit = Unit(rawValue: words[1]) else { throw .notAPeriod }
      self = .unit(unit, back: words[0] == "last" ? 1 : 0)
    case 3 where words[0] == "last" && (words[2] == "days" || words[2] == "day"):
      guard words[1].allSatisfy(\.isASCIIDigit), let count = Int(words[1]), (1...Self.maxDays).contains(count) else {
        throw ArgumentValueError(
          LocalizedText(
            en: "has a number of days that is not from 1 to \(plain: Self.maxDays)",
            ar: "فيها عدد أيام ليس بين \(number: 1) و\(number: Self.maxDays)"))
      }
      self = .days(count)
    default: throw .notAPeriod
    }
  }

  /// `2026`, `2026-Q3`, `2026-10`, or a day (`2026-10-05`, `05.10.2026`).
  private static func calendar(_ text: String) throws(ArgumentValueError) -> PeriodExpression {
    let parts = text.uppercased().split(separator: "-", omittingEmptySubsequences: false).map(String.init)
    guard parts[0].count == 4, let year = Int(parts[0]), parts[0].allSatisfy(\.isASCIIDigit) else {
      return try oneDay(text)
    }
    let months: ClosedRange<Int>
    switch parts.count {
    case 1: months = 1...12
    case 2 where parts[1].hasPrefix("Q"):
      guard let quarter = Int(parts[1].dropFirst()), (1...4).contains(quarter) else { throw .notAPeriod }
      months = (quarter * 3 - 2)...(quarter * 3)
    case 2:
      guard parts[1].count == 2, let month = Int(parts[1]), (1...12).contains(month) else { throw .notAPeriod }
      months = month...month
    default: return try oneDay(text)
    }
    guard let first = Day(year: year, month: months.lowerBound, day: 1),
      let last = Day(year: year, month: months.upperBound, day: Day.daysIn(month: months.upperBound, year: year))
    else { throw .notAPeriod }
    return .fixed(first: first, last: last)
  }

  /// A period of one written day.
  private static func oneDay(_ text: String) throws(ArgumentValueError) -> PeriodExpression {
    do {
      let day = try DateArgument.day(text)
      return .fixed(first: day, last: day)
    } catch {
      throw error == .notADate ? .notAPeriod : error
    }
  }

  /// The first and last day, counting back from `reference`; nil when that falls outside the
  /// years 1 to 9999.
  func resolved(reference: Day) -> (first: Day, last: Day)? {
    switch self {
    case .fixed(let first, let last): return (first, last)
    case .day(let back): return Day(checkedDaysSinceEpoch: Int(reference.daysSinceEpoch) - back).map { ($0, $0) }
    case .days(let count):
      return Day(checkedDaysSinceEpoch: Int(reference.daysSinceEpoch) - count + 1).map { ($0, reference) }
    case .unit(let unit, let back): return Self.span(of: unit, back: back, from: reference)
    }
  }

  private static func span(of unit: Unit, back: Int, from reference: Day) -> (first: Day, last: Day)? {
    let (year, month, _) = reference.components
    switch unit {
    case .week:
      // 1970-01-01 was a Thursday; weeks start on Monday (ISO 8601).
      let monday = Int(reference.daysSinceEpoch) - (Int(reference.daysSinceEpoch) + 3).modulo(7) - 7 * back
      guard let first = Day(checkedDaysSinceEpoch: monday), let last = Day(checkedDaysSinceEpoch: monday + 6) else {
        return nil
      }
      return (first, last)
    case .month, .quarter, .year:
      let length = unit == .month ? 1 : unit == .quarter ? 3 : 12
      // Months counted from year 0, so that stepping back across a year is plain subtraction.
      let start = (year * 12 + month - 1) / length * length - back * length
      let end = start + length - 1
      guard let first = Day(year: start / 12, month: start % 12 + 1, day: 1),
        let last = Day(year: end / 12, month: end % 12 + 1, day: Day.daysIn(month: end % 12 + 1, year: end / 12))
      else { return nil }
      return (first, last)
    }
  }
}

extension ArgumentValueError {
  static let notAPeriod = ArgumentValueError(
    LocalizedText(
      en: "is not a period (write 2026, 2026-Q3, 2026-10, this year, last quarter or last 90 days)",
      ar: "ليست فترة (اكتب \(code: "2026") أو \(code: "2026-Q3") أو \(code: "2026-10") أو \(code: "this year") أو "
        + "\(code: "last quarter") أو \(code: "last 90 days"))"))
}

extension Int {
  /// The remainder that is never negative: `-1.modulo(7)` is 6.
  func modulo(_ divisor: Int) -> Int { ((self % divisor) + divisor) % divisor }
}

extension Day {
  /// The day `days` after 1970-01-01, or nil when that is outside the years 1 to 9999.
  init?(checkedDaysSinceEpoch days: Int) {
    // 0001-01-01 and 9999-12-31.
    guard (-719_162...2_932_896).contains(days) else { return nil }
    self.init(daysSinceEpoch: Int32(days))
  }
}
