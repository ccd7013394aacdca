import Domain

/// What one reading of a file's rows (or of one part of them) gathered, kept apart until the
/// reading is complete and committed.
struct RowReading {
  var summary: FileSummary
  var facts: Ledger
  var diagnostics: [Diagnostic] = []
  /// The evidence for the day orders and decimal mark, counted when `checksDecisions`.
  var votes: ColumnVotes
  var state: ConversionState
  let cells: FileCells
  let checksDecisions: Bool
  /// The line after the last record read.
  var endLine = 1
  /// Some record could not be split; its message names its line as the reader numbered it.
  var hadUnreadableRecord = false

  /// Adds what a reading of the next part of the file gathered, as if its rows had been read here.
  mutating func append(_ later: consuming RowReading) {
    summary.rowsRead += later.summary.rowsRead
    summary.rowsImported += later.summary.rowsImported
    summary.rowsSkipped += later.summary.rowsSkipped
    facts.append(later.facts)
    diagnostics += later.diagnostics
    votes.append(later.votes)
    let time = later.state.time
    later.state.time = TimeFold()  // one reference to the later part's entries, so they are moved, not copied
    state.time.append(time, cells: later.cells, spellingNumbers: cells.adoptSpellings(of: later.cells))
  }

  /// Numbers every line `offset` further on: for a part read from the middle of a file, whose
  /// reader numbered its lines from 1.
  mutating func shiftLines(by offset: Int) {
    for index in diagnostics.indices {
      if let line = diagnostics[index].line { diagnostics[index].line = line + offset }
    }
    votes.shiftLines(by: offset)
    state.time.shiftLines(by: offset)
  }
}
