import Domain

/// What importing a set of files produced: the ledger, every diagnostic, and per-file accounting.
public struct ImportResult: Sendable {
  public var ledger: Ledger
  public var diagnostics: [Diagnostic]
  public var files: [FileSummary]
  /// Clients found only in time logs or only in invoices, with the closest name from the other
  /// side (`ClientMatching`): for `inspect`, and as warnings on `report`.
  public var clientMismatches: [ClientMismatch]
  /// How each file was read, in the order of `files`.
  public var statistics: [ReadStatistics] = []

  public init(
    ledger: Ledger, diagnostics: [Diagnostic], files: [FileSummary], clientMismatches: [ClientMismatch] = []
  ) {
    self.ledger = ledger
    self.diagnostics = diagnostics
    self.files = files
    self.clientMismatches = clientMismatches
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
  /// What one row of the file is; nil until the format is known.
  public var kind: FileKind?
  /// The text encoding the file was read in (`UTF-8`, `UTF-16LE`, `Windows-1252`…).
  public var encoding: String = "UTF-8"
  /// The delimiter the file uses.
  public var delimiter: Character = ","
  /// The earliest and latest date of the imported rows (entry, issue, payment, expense or incident date).
  public var firstDay: Day?
  public var lastDay: Day?
  /// The clients the file's imported rows name, as keys.
  public var clients: Set<ClientKey> = []

  public init(path: String, format: String, rowsRead: Int, rowsImported: Int, rowsSkipped: Int) {
    self.path = path
    self.format = format
    self.rowsRead = rowsRead
    self.rowsImported = rowsImported
    self.rowsSkipped = rowsSkipped
  }

  /// Notes the dates and clients of one file's facts other than its time, which is noted from its
  /// time log's range of days and clients (`note(days:clients:)`), not entry by entry.
  mutating func noteAllButTime(_ facts: Ledger) {
    for invoice in facts.invoices { note(day: invoice.issued, client: invoice.client) }
    for payment in facts.payments { note(day: payment.day, client: payment.client) }
    for expense in facts.expenses { note(day: expense.day, client: expense.client) }
    for incident in facts.incidents { note(day: incident.day, client: incident.client) }
  }

  /// Widens the date range to `days` and adds `clients`.
  mutating func note(days: ClosedRange<Day>, clients: [ClientKey]) {
    firstDay = Swift.min(firstDay ?? days.lowerBound, days.lowerBound)
    lastDay = Swift.max(lastDay ?? days.upperBound, days.upperBound)
    self.clients.reserveCapacity(self.clients.count + clients.count)
    self.clients.formUnion(clients)
  }

  /// Widens the date range and client set by one imported fact.
  mutating func note(day: Day, client: ClientKey?) {
    firstDay = Swift.min(firstDay ?? day, day)
    lastDay = Swift.max(lastDay ?? day, day)
    if let client { clients.insert(client) }
  }
}
