import Analysis
import Domain

/// Whether a client whose last attempt is past its deadline stopped losing money after it: then
/// the attempt worked, and a loss that came back since is a new one, to be fixed before anyone
/// leaves (spec §5, "An attempt that worked").
enum AttemptOutcome {
  /// How far back from as-of the windows after a deadline are looked at: a year of weeks.
  static let weeksBack = 52

  /// For each client of `deadlines` (the day its last attempt had to work by), the end of the
  /// latest window W_d = [d − windowDays + 1, d], for d = asOf − 7, asOf − 14, … down to the
  /// deadline (at most `weeksBack` of them), each judged as of `asOf`, in which the client's work
  /// did not lose money; a client that lost money over every one of them (or had no work) is absent.
  static func recoveries(
    after deadlines: [ClientKey: Day], ledger: Ledger, settings: Settings, asOf: Day, book: InvoiceBook
  ) -> [ClientKey: Day] {
    guard let earliest = deadlines.values.min() else { return [:] }
    let ends = (1...weeksBack).map { asOf - 7 * $0 }.filter { $0 >= earliest }
    guard !ends.isEmpty else { return [:] }
    let figures = FigureCalculator.figures(
      of: Set(deadlines.keys), ledger: ledger,
      settings: ends.map { TrailingWindow.settings(settings, asOf: asOf, end: $0) }, book: book)
    var recovered: [ClientKey: Day] = [:]
    for (end, byClient) in zip(ends, figures) {
      for (client, deadline) in deadlines where recovered[client] == nil && end >= deadline {
        // A window without work (a pause) shows no loss, but nothing that worked either.
        guard let figures = byClient[client], figures.seconds > 0, let profit = figures.profit else { continue }
        if !profit.isNegative { recovered[client] = end }
      }
    }
    return recovered
  }
}
