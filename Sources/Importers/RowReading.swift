import CSV
import Domain

/// What one reading of a file's rows (or of one part of them) gathered, kept apart until the
/// reading is complete and its decisions are confirmed.
struct RowReading: Sendable {
  var facts: Ledger
  var diagnostics: [Diagnostic] = []
  var rowsRead = 0
  var rowsImported = 0
  var rowsSkipped = 0
  /// Time rows whose project stood for their empty client (said once for the file).
  var clientsFromProject = 0
  /// The evidence for the day orders and decimal mark, counted over every row read.
  var votes: ColumnVotes
  /// The line after the last record read.
  var endLine = 1
  /// Why the reading stopped before the end of its text, if it did.
  var stop: Stop?
  /// Cells read straight from their bytes, and by the general readers.
  var plainCells = 0
  var generalCells = 0

  /// Why a reading stopped before the end of its text.
  enum Stop: Sendable, Equatable {
    /// A chunk was not plain UTF-8: only the whole text, decoded at once, reads right.
    case notPlainUTF8
    /// A part meant to end at a record boundary ended inside a record (a quoted line break).
    case cutInsideRecord
    /// The CSV cannot be read further; the position is the reading's own.
    case failed(CSVError)
    /// The time of the file passes what a sum holds (Int64) in some entry.
    case overflow(TimeLog.Overflow)
  }

  init(facts: Ledger, votes: ColumnVotes) {
    self.facts = facts
    self.votes = votes
  }

  /// Adds what the reading of the next part of the file gathered, whose lines were numbered
  /// from 1 and are `lineOffset` further on in the file.
  mutating func append(_ later: consuming RowReading, lineOffset: Int) throws(TimeLog.Overflow) {
    rowsRead += later.rowsRead
    rowsImported += later.rowsImported
    rowsSkipped += later.rowsSkipped
    clientsFromProject += later.clientsFromProject
    plainCells += later.plainCells
    generalCells += later.generalCells
    for var diagnostic in later.diagnostics {
      diagnostic.line = diagnostic.line.map { $0 + lineOffset }
      diagnostics.append(diagnostic)
    }
    votes.append(later.votes, lineOffset: lineOffset)
    endLine = later.endLine + lineOffset
    func shifted(_ position: SourcePosition?) -> SourcePosition? {
      position.map { SourcePosition(file: $0.file, line: $0.line + lineOffset, column: $0.column) }
    }
    var time = TimeLog()
    swap(&time, &later.facts.timeEntries)  // so the later part's time is handed over, not shared
    try facts.timeEntries.merge(consume time, lineOffset: lineOffset)
    let other = later.facts
    facts.invoices += other.invoices.map {
      var fact = $0; fact.position = shifted(fact.position); return fact
    }
    facts.payments += other.payments.map {
      var fact = $0; fact.position = shifted(fact.position); return fact
    }
    facts.expenses += other.expenses.map {
      var fact = $0; fact.position = shifted(fact.position); return fact
    }
    facts.incidents += other.incidents.map {
      var fact = $0; fact.position = shifted(fact.position); return fact
    }
    facts.clients.merge(other.clients)
  }
}
