import Domain

/// How a recognised file's rows become ledger facts.
enum RowConversion: Sendable {
  /// One fact per row, of the format's kind, read by `RowDecoder+Facts`.
  case standard
  /// The format's own code for a row read on its own: it may add any facts to the ledger,
  /// several or none. To leave a row out on purpose (a bill in a sales export), throw a
  /// `RowProblem` of severity `.note`. A large file of such rows is read in parts at once.
  case perRow(@Sendable (inout RowDecoder, inout Ledger) throws(RowProblem) -> Void)
  /// The format's own code for rows that depend on the rows before them (a group heading, an
  /// invoice's earlier lines), kept in `ConversionState`: such a file is read in one pass.
  case acrossRows(@Sendable (inout RowDecoder, inout Ledger, inout ConversionState) throws(RowProblem) -> Void)
}

/// What a conversion remembers from one row of a file to the next.
struct ConversionState {
  /// The heading of the group the row belongs to, in report layouts (a QuickBooks customer).
  var group: String?
  /// The ledger index of each invoice this file added, so that line-item rows of one invoice
  /// are folded into it however far apart they stand.
  var invoiceIndex: [InvoiceLineKey: Int] = [:]
  /// Notes and warnings about a row that was imported all the same, reported at the row.
  var notes: [RowProblem] = []
  /// Notes already given once for the file, so a fact about the whole export is said once.
  var saidOnce: Set<String> = []
  /// Time rows whose client was empty and whose project stood for it.
  var clientsFromProject = 0
  /// The file's number in the time log's positions.
  var timeFile: Int32 = 0
  /// The first time the file's time log refused, its sums passing Int64.
  var overflow: TimeLog.Overflow?
}

/// Identifies one invoice among a file's line-item rows: numbers can repeat across clients.
struct InvoiceLineKey: Hashable {
  var number: String
  var client: ClientKey
}
