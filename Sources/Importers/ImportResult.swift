import Domain

/// What importing a set of files produced: the ledger, every diagnostic, and per-file accounting.
public struct ImportResult: Sendable {
  public var ledger: Ledger
  public var diagnostics: [Diagnostic]
  public var files: [FileSummary]

  public init(ledger: Ledger, diagnostics: [Diagnostic], files: [FileSummary]) {
    self.ledger = ledger
    self.diagnostics = diagnostics
    self.files = files
  }
}

/// How one file was read: the format recognised and the row accounting
/// (`rowsRead == rowsImported + rowsSkipped`).
public struct FileSummary: Sendable, Equatable {
  public var path: String
  /// The recognised format's name, e.g. `native time`.
  public var format: String
  public var rowsRead: Int
  public var rowsImported: Int
  public var rowsSkipped: Int

  public init(path: String, format: String, rowsRead: Int, rowsImported: Int, rowsSkipped: Int) {
    self.path = path
    self.format = format
    self.rowsRead = rowsRead
    self.rowsImported = rowsImported
    self.rowsSkipped = rowsSkipped
  }
}
