import Domain

/// How a recognised file's rows become ledger facts.
enum RowConversion: Sendable {
  /// One fact per row, of the format's kind, read by `FactConverter`.
  case standard
  /// The format's own code: it may add any facts to the ledger, several or none. To leave a row
  /// out on purpose (a bill in a sales export), throw a `RowProblem` of severity `.note`.
  case custom(@Sendable (FactConverter, inout Ledger) throws(RowProblem) -> Void)
}
