import Analysis
import Domain

/// Whether a client whose last attempt is past its deadline stopped losing money after it: then
/// the attempt worked, and a loss that came back since is a new one, to be fixed before anyone
/// leaves (spec §5, "An attempt that worked").
enum AttemptOutcome {
  /// How far back from as-of the windows after a deadline are looked at: a year of days.
  static let daysBack = 365

  /// The windows before as-of read at a time, newest first: a client found to have recovered is
  /// not read further back.
  static let batches = [1...28, 29...112, 113...daysBack]

  /// For each client of `deadlines` (the first day a window may end on: its last attempt's deadline,
  /// or later, so that the window starts on the attempt's day or after), the end of the latest
  /// window W_d = [d − windowDays + 1, d], for d = asOf − 1, asOf − 2, … down to that day (at most
  /// `daysBack` of them), each judged as of `asOf`, in which the client's work did not lose money;
  /// a client that lost money over every one of them (or had no work) is absent.
  /// Every day is looked at, so runs on any two days after a recovery both see it.
  static func recoveries(
    after deadlines: [ClientKey: Day], ledger: Ledger, settings: Settings, asOf: Day, book: InvoiceBook
  ) -> [ClientKey: Day] {
    var recovered: [ClientKey: Day] = [:]
    var open = deadlines
    for batch in batches {
      guard let earliest = open.values.min() else { break }
      let ends = batch.map { asOf - $0 }.filter { $0 >= earliest }
      guard !ends.isEmpty else { break }
      let figures = FigureCalculator.figures(
        of: Set(open.keys), ledger: ledger,
        settings: ends.map { TrailingWindow.settings(settings, asOf: asOf, end: $0) }, book: book)
      for (end, byClient) in zip(ends, figures) {
        for (client, deadline) in open where end >= deadline {
          // A window without work (a pause) shows no loss, but nothing that worked either.
          guard let figures = byClient[client], figures.seconds > 0, let profit = figures.profit else { continue }
          if !profit.isNegative {
            recovered[client] = end
            open[client] = nil
          }
        }
      }
    }
    return recovered
  }
}
