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
  static let batches = [1...28, 29...112, 113...daysBack].map(Array.init)

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
    TrailingWindow.walkBack(
      Set(deadlines.keys), batches: batches, earliest: deadlines.values.min(), ledger: ledger, settings: settings,
      asOf: asOf, book: book
    ) { client, end, figures in
      guard let deadline = deadlines[client], end >= deadline else { return false }
      // A window without work (a pause) shows no loss, but nothing that worked either.
      guard let figures, figures.seconds > 0, let profit = figures.profit, !profit.isNegative else { return true }
      recovered[client] = end
      return false
    }
    return recovered
  }
}
