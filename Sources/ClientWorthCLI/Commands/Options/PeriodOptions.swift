import Domain
import Localization

/// The period of spec §3 and the as-of day: `--from`/`--to`, or `--period` the hledger way.
struct PeriodOptions: ArgumentGroup {
  var from: DateArgument?
  var to: DateArgument?
  var period: PeriodExpression?
  var asOf: DateArgument?

  static let arguments: [Argument<Self>] = [
    .option(
      "from", \.from, value: .dateValue,
      help: LocalizedText(
        en: "First day of the period, inclusive (2026-03-31, 31.03.2026 or today).",
        ar: "أول يوم في الفترة، داخلًا فيها (\(code: "2026-03-31") أو \(code: "31.03.2026") أو \(code: "today")).")),
    .option(
      "to", \.to, value: .dateValue,
      help: LocalizedText(en: "Last day of the period, inclusive.", ar: "آخر يوم في الفترة، داخلًا فيها.")),
    .option(
      "period", short: "p", \.period, value: .periodValue,
      help: LocalizedText(
        en: "The period: 2026, 2026-Q3, 2026-10, this year, last quarter, last 90 days (counted back from "
          + "--as-of when given, else from today); instead of --from and --to.",
        ar: "الفترة: \(code: "2026") أو \(code: "2026-Q3") أو \(code: "2026-10") أو \(code: "this year") أو "
          + "\(code: "last quarter") أو \(code: "last 90 days") (تُعدّ رجوعًا من \(code: "--as-of") إن أُعطي، وإلا من "
          + "اليوم)؛ بدلًا من \(code: "--from") و\(code: "--to").")),
    .option(
      "as-of", \.asOf, value: .dateValue,
      help: LocalizedText(
        en: "The day the figures are computed at, or today (default: the latest date in the data).",
        ar: "اليوم الذي تُحسب الأرقام عنده، أو \(code: "today") (الافتراضي: أحدث تاريخ في البيانات).")),
  ]

  func validate() throws(ValidationError) {
    if period != nil && (from != nil || to != nil) {
      throw ValidationError(
        LocalizedText(
          en: "'--period' sets both ends of the period; give it without '--from' and '--to'",
          ar: "«\(code: "--period")» يحدد طرفي الفترة؛ فأعطه دون «\(code: "--from")» و«\(code: "--to")»"))
    }
  }

  /// The days, with `today` and relative periods counted from the run date (`--period` from
  /// `--as-of` when that is given).
  func resolved(today: Day) throws(ValidationError) -> PeriodBounds {
    let asOf = asOf?.resolved(today: today)
    var bounds = PeriodBounds(from: from?.resolved(today: today), to: to?.resolved(today: today), asOf: asOf)
    if let period {
      guard let (first, last) = period.resolved(reference: asOf ?? today) else {
        throw ValidationError(
          LocalizedText(
            en: "the period falls outside the years 1 to 9999",
            ar: "تقع الفترة خارج السنوات من \(TextArgument.number(DecimalNumber(1), grouped: false)) إلى "
              + "\(TextArgument.number(DecimalNumber(9999), grouped: false))"))
      }
      bounds.from = first
      bounds.to = last
    }
    if let from = bounds.from, let to = bounds.to, to < from {
      throw ValidationError(
        LocalizedText(
          en: "'--to' (\(day: to)) is before '--from' (\(day: from))",
          ar: "«\(code: "--to")» (\(day: to)) يسبق «\(code: "--from")» (\(day: from))"))
    }
    return bounds
  }
}

/// The period and as-of day of a run, as days; nil where the data decides.
struct PeriodBounds: Sendable, Equatable {
  var from: Day?
  var to: Day?
  var asOf: Day?
}
