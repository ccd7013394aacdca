import Domain

/// The period of spec §3 and the as-of day: `--from`/`--to`, or `--period` the hledger way.
struct PeriodOptions: ArgumentGroup {
  var from: DateArgument?
  var to: DateArgument?
  var period: PeriodExpression?
  var asOf: DateArgument?

  static let arguments: [Argument<Self>] = [
    .option(
      "from", \.from, value: "date", help: "First day of the period, inclusive (2026-03-31, 31.03.2026 or today)."),
    .option("to", \.to, value: "date", help: "Last day of the period, inclusive."),
    .option(
      "period", short: "p", \.period, value: "period",
      help: "The period: 2026, 2026-Q3, 2026-10, this year, last quarter, last 90 days (counted back from "
        + "--as-of when given, else from today); instead of --from and --to."),
    .option(
      "as-of", \.asOf, value: "date",
      help: "The day the figures are computed at, or today (default: the latest date in the data)."),
  ]

  func validate() throws(ValidationError) {
    if period != nil && (from != nil || to != nil) {
      throw ValidationError("'--period' sets both ends of the period; give it without '--from' and '--to'")
    }
  }

  /// The days, with `today` and relative periods counted from the run date (`--period` from
  /// `--as-of` when that is given).
  func resolved(today: Day) throws(ValidationError) -> PeriodBounds {
    let asOf = asOf?.resolved(today: today)
    var bounds = PeriodBounds(from: from?.resolved(today: today), to: to?.resolved(today: today), asOf: asOf)
    if let period {
      guard let (first, last) = period.resolved(reference: asOf ?? today) else {
        throw ValidationError("the period falls outside the years 1 to 9999")
      }
      bounds.from = first
      bounds.to = last
    }
    if let from = bounds.from, let to = bounds.to, to < from {
      throw ValidationError("'--to' (\(to)) is before '--from' (\(from))")
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
