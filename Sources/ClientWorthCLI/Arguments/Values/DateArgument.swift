import Domain
import Localization

/// A day as typed on the command line: `2026-03-31`, `31.03.2026`, a slashed date when only one
/// order of day and month makes it a date (`31/03/2026`, `03/31/2026`), or `today`; in Western,
/// Arabic-Indic or Persian digits (`٢٠٢٦-٠٣-٣١`).
///
/// `03/04/2026` is refused rather than guessed: it is 4 March in one order and 3 April in the
/// other, and a wrong guess would move the period by a month without a word.
enum DateArgument: ArgumentValue, Equatable {
  case day(Day)
  case today
  case yesterday

  init(argument typed: String) throws(ArgumentValueError) {
    let text = Digits.westernized(typed)
    switch text.lowercased() {
    case "today": self = .today
    case "yesterday": self = .yesterday
    default: self = .day(try Self.day(text))
    }
  }

  /// The day, with `today` and `yesterday` counted from the run date.
  func resolved(today: Day) -> Day {
    switch self {
    case .day(let day): day
    case .today: today
    case .yesterday: today - 1
    }
  }

  /// A written date in one of the forms above.
  static func day(_ text: String) throws(ArgumentValueError) -> Day {
    if let day = Day(iso: text) { return day }
    let dotted = numbers(text, separator: ".")
    if let (day, month, year) = dotted, year >= 1000, let value = Day(year: year, month: month, day: day) {
      return value
    }
    guard let (first, second, year) = numbers(text, separator: "/"), year >= 1000 else { throw .notADate }
    let monthFirst = Day(year: year, month: first, day: second)
    let dayFirst = Day(year: year, month: second, day: first)
    switch (monthFirst, dayFirst) {
    case (let day?, nil), (nil, let day?): return day
    case (let a?, let b?) where a == b: return a
    case (let a?, let b?): throw .ambiguous(monthFirst: a, dayFirst: b)
    case (nil, nil): throw .notADate
    }
  }

  /// `a.b.yyyy` or `a/b/yyyy` as three numbers; nil for anything else.
  private static func numbers(_ text: String, separator: Character) -> (Int, Int, Int)? {
    let parts = text.split(separator: separator, omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count <= 2, parts[1].count <= 2, parts[2].count == 4,
      parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }),
      let a = Int(parts[0]), let b = Int(parts[1]), let c = Int(parts[2])
    else { return nil }
    return (a, b, c)
  }
}

extension ArgumentValueError {
  static let notADate = ArgumentValueError(
    LocalizedText(
      en: "is not a date (write 2026-03-31, 31.03.2026, 03/31/2026 or today)",
      ar: "ليست تاريخًا (اكتب \(code: "2026-03-31") أو \(code: "31.03.2026") أو \(code: "03/31/2026") أو "
        + "\(code: "today"))"))

  static func ambiguous(monthFirst: Day, dayFirst: Day) -> ArgumentValueError {
    ArgumentValueError(
      LocalizedText(
        en: "could be \(day: monthFirst) (month first) or \(day: dayFirst) (day first); write the one you mean as "
          + "YYYY-MM-DD",
        ar: "قد تعني \(day: monthFirst) (الشهر أولًا) أو \(day: dayFirst) (اليوم أولًا)؛ اكتب ما تقصده بصيغة "
          + "\(code: "YYYY-MM-DD")"))
  }
}

extension Character {
  /// `0` to `9` and nothing else (not Arabic-Indic or other digits).
  var isASCIIDigit: Bool { isASCII && isWholeNumber }
}
