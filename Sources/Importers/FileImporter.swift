import CSV
import Domain

/// Imports one file: decodes it (a large one chunk by chunk, a large time export in two parts at
/// once), finds its header and format, decides each date column's day/month order and the file's
/// decimal mark, and converts row by row. Every row is imported or becomes a diagnostic; totals
/// rows and a report's group headings become notes.
struct FileImporter {
  let file: InputFile
  let options: ImportOptions

  /// One file's import: its facts, apart from every other file's, its diagnostics and its summary.
  struct Imported {
    var facts: Ledger
    var diagnostics: [Diagnostic]
    var summary: FileSummary
  }

  /// Rows before the header that are searched for it (report titles some tools write first).
  static let headerSearchRows = 20

  func run() throws(ImportError) -> Imported {
    var text = try FileText.open(file, chunkBytes: options.chunkBytes)
    var decided: ColumnDecisions?
    while true {
      // The file's facts go into a ledger of their own, so its summary sees exactly them (even
      // where its time folds into another file's) and a reading that starts again leaves nothing.
      var fileDiagnostics: [Diagnostic] = []
      var facts = Ledger(clients: ClientDirectory(aliases: options.aliases))
      var outcome: Outcome
      do {
        if let inParts = importInParts(of: &text, decided: decided, into: &facts, diagnostics: &fileDiagnostics) {
          outcome = inParts
        } else {
          outcome = try importRows(of: &text, decided: decided, into: &facts, diagnostics: &fileDiagnostics)
        }
      } catch {
        guard text.needsWholeFile else { throw error }
        outcome = .readWhole
      }
      // A chunk that was not plain UTF-8 cut the rows (and any error found in them) short.
      if text.needsWholeFile { outcome = .readWhole }
      switch outcome {
      case .imported(var summary):
        summary.noteAllButTime(facts)
        return Imported(facts: facts, diagnostics: fileDiagnostics, summary: summary)
      case .readWhole:
        text = try FileText.whole(file)
      case .decidedOtherwise(let decisions):
        decided = decisions
        text = try FileText.open(file, chunkBytes: options.chunkBytes)
      }
    }
  }

  /// How one reading of the file ended.
  enum Outcome {
    case imported(FileSummary)
    /// The file's values, read to the end, decided a day order or decimal mark other than the one
    /// its first chunk suggested and the rows were read with: read them again with these.
    case decidedOtherwise(ColumnDecisions)
    /// Only the whole text can be read right (see `FileText`).
    case readWhole
  }

  /// Reads the file's rows into `facts`. The day orders and decimal mark come from `decided`, or
  /// from the whole text when it is in memory, or else from the first chunk and are checked against
  /// all the values as the rows go by.
  private func importRows(
    of text: inout FileText, decided: ColumnDecisions?, into facts: inout Ledger, diagnostics: inout [Diagnostic]
  ) throws(ImportError) -> Outcome {
    if let note = text.note { diagnostics.append(note) }
    guard let layout = try findLayout(in: &text) else { return .readWhole }
    let decisions: ColumnDecisions
    if let decided { decisions = decided } else { decisions = try self.decisions(for: layout, in: &text) }
    let reading = try readRows(
      of: &text, layout: layout, decisions: decisions, checksDecisions: decided == nil && !text.isWhole)
    return try commit(
      reading, text: text, layout: layout, decisions: decisions, into: &facts, diagnostics: &diagnostics)
  }

  /// The day orders and decimal mark the values settle: over the whole text when it is in memory,
  /// else a guess from the first chunk, to be checked as the rows go by.
  func decisions(for layout: Layout, in text: inout FileText) throws(ImportError) -> ColumnDecisions {
    var votes = ColumnVotes(layout: layout)
    guard text.isWhole else {
      forEachDataRow(inHeadOf: text, layout: layout, inPlace: { votes.count($0) }) { votes.count($0) }
      return votes.guess(options: options)
    }
    try forEachDataRow(of: &text, layout: layout) { row in
      if case .row(let row) = row { votes.count(row) }
      return true
    }
    return try decide(votes, text: text)
  }

  /// Reads the text's rows, gathering their facts and diagnostics apart.
  func readRows(
    of text: inout FileText, layout: Layout, decisions: ColumnDecisions, checksDecisions: Bool
  ) throws(ImportError) -> RowReading {
    var summary = FileSummary(
      path: file.path, format: layout.format.format.name, rowsRead: 0, rowsImported: 0, rowsSkipped: 0)
    summary.kind = layout.format.format.kind
    summary.encoding = text.encodingName
    summary.delimiter = Character(Unicode.Scalar(layout.dialect.delimiter))
    var reading = RowReading(
      summary: summary, facts: Ledger(clients: ClientDirectory(aliases: options.aliases)),
      votes: ColumnVotes(layout: layout), state: ConversionState(reportCurrency: options.currency),
      cells: FileCells(format: layout.format, decisions: decisions), checksDecisions: checksDecisions)
    let shortcut = TimeShortcut(file: reading.cells)
    if let shortcut { reading.votes.passOver(remembered: shortcut.rememberedColumns) }
    reading.endLine = try forEachDataRow(of: &text, layout: layout, inPlace: shortcut != nil) { dataRow in
      let row: RecordRow?
      let problem: RowProblem?
      switch dataRow {
      case .inPlace(let record):
        // `shortcut?` rather than `let shortcut`: a binding would count a reference on every row.
        guard shortcut != nil, !checksDecisions || reading.votes.count(record),
          shortcut?.add(record, to: &reading.state) == true
        else {
          return false
        }
        reading.summary.rowsRead += 1
        reading.summary.rowsImported += 1
        return true
      case .row(let read): (row, problem) = (read, nil)
      case .unreadable(let found):
        (row, problem) = (nil, found)
        reading.hadUnreadableRecord = true
      }
      if checksDecisions, let row { reading.votes.count(row) }
      // A row of only delimiters is a blank line a spreadsheet wrote: not a row, but said.
      if let row, (0..<row.fieldCount).allSatisfy({ row.isBlank($0) }) {
        reading.diagnostics.append(Diagnostic(at: row.position(0), .note, "empty row ignored"))
        return true
      }
      reading.summary.rowsRead += 1
      guard let row else {
        reading.summary.rowsSkipped += 1
        reading.diagnostics.append(diagnostic(problem, at: nil))
        return true
      }
      if let problem = shapeProblem(row, layout: layout) {
        if problem.severity == .error {
          reading.summary.rowsSkipped += 1
          reading.diagnostics.append(diagnostic(problem, at: row))
          return true
        }
        reading.diagnostics.append(diagnostic(problem, at: row))
      }
      if layout.format.format.groupedRows, let heading = SummaryRow.heading(row) {
        reading.summary.rowsSkipped += 1
        reading.diagnostics.append(
          Diagnostic(at: row.position(0), .note, noteForHeading(heading, state: &reading.state)))
        return true
      }
      let cells = CellReader(row: row, file: reading.cells)
      do throws(RowProblem) {
        try convert(cells, into: &reading.facts, state: &reading.state)
        reading.summary.rowsImported += 1
        for note in reading.state.notes { reading.diagnostics.append(diagnostic(note, at: row)) }
        reading.state.notes = []
      } catch {
        reading.state.notes = []
        reading.summary.rowsSkipped += 1
        if error.severity != .note, let label = SummaryRow.totalLabel(row) {
          // Tools append totals; they are not data, but a row never goes unmentioned.
          reading.state.group = nil
          reading.diagnostics.append(
            Diagnostic(at: row.position(0), .note, "a totals row ('\(label)'), not data; skipped"))
        } else {
          reading.diagnostics.append(diagnostic(error, at: row))
        }
      }
      return true
    }
    return reading
  }

  /// Commits a reading of the file's rows to `facts` and `diagnostics`, unless the values, counted
  /// to the end, decided otherwise than the rows were read with.
  func commit(
    _ reading: consuming RowReading, text: FileText, layout: Layout, decisions: ColumnDecisions,
    into facts: inout Ledger, diagnostics: inout [Diagnostic]
  ) throws(ImportError) -> Outcome {
    if reading.checksDecisions {
      let final = try decide(reading.votes, text: text)
      if final != decisions { return .decidedOtherwise(final) }
    }
    diagnostics += reading.diagnostics
    var time = reading.state.time
    reading.state.time = TimeFold()  // one reference to the entries, so they are moved, not copied
    var summary = reading.summary
    time.drain(into: &reading.facts, cells: reading.cells, path: file.path, noting: &summary)
    reading.cells.recordSpellings(in: &reading.facts.clients)
    facts.append(reading.facts)
    if summary.rowsRead == 0 {
      diagnostics.append(
        Diagnostic(
          file: file.path, line: layout.headerLine, column: nil, severity: .note,
          message: "the file has a header and no data rows"))
    }
    return .imported(summary)
  }

  private func convert(_ cells: CellReader, into ledger: inout Ledger, state: inout ConversionState)
    throws(RowProblem)
  {
    let converter = FactConverter(cells: cells, group: state.group)
    switch cells.format.format.conversion {
    case .custom(let convertRow):
      try convertRow(converter, &ledger, &state)
      return
    case .timeOfClients:
      guard cells.has(.client) else {
        throw ToolConversion.noClient(converter, "time not counted for any client (internal work?)")
      }
    case .standard:
      break
    }
    switch cells.format.format.kind {
    case .time:
      state.add(try converter.time(clients: ledger.clients)) {
        let position = cells.row.position(0)
        return (position.line, position.column)
      }
    case .invoices: ledger.invoices.append(try converter.invoice(clients: ledger.clients))
    case .payments: ledger.payments.append(try converter.payment(clients: ledger.clients))
    case .expenses: ledger.expenses.append(try converter.expense(clients: ledger.clients))
    case .incidents: ledger.incidents.append(try converter.incident(clients: ledger.clients))
    }
  }

  /// The note for a report layout's heading row, remembering the group it opens.
  private func noteForHeading(_ heading: String, state: inout ConversionState) -> String {
    if SummaryRow.isTotal(heading) {
      state.group = nil
      return "a totals row ('\(heading)'), not data; skipped"
    }
    if SummaryRow.isFooter(heading) {
      state.group = nil
      return "the report's footer ('\(heading)'); skipped"
    }
    state.group = heading
    return "heading '\(heading)': it names the group of the rows below"
  }

  /// A row with more fields than the header is skipped unless every extra field is empty (a
  /// spreadsheet column that once held data); a short row is read with the missing cells empty.
  private func shapeProblem(_ row: RecordRow, layout: Layout) -> RowProblem? {
    let expected = layout.format.header.count
    if row.fieldCount > expected {
      let extras = (expected..<row.fieldCount).filter { !row.text($0).isEmpty }
      if let first = extras.first {
        return RowProblem(
          column: first,
          message: "the row has \(row.fieldCount) fields but the header has \(expected) "
            + "(an unquoted delimiter inside a value?)")
      }
    }
    return nil
  }

  private func diagnostic(_ problem: RowProblem?, at row: RecordRow?) -> Diagnostic {
    guard let problem else {
      return Diagnostic(file: file.path, line: nil, column: nil, severity: .error, message: "unreadable row")
    }
    guard let row else {
      return Diagnostic(file: file.path, line: nil, column: nil, severity: problem.severity, message: problem.message)
    }
    let position = row.position(problem.column ?? 0)
    let suffix = problem.severity == .error && !problem.message.hasSuffix("row skipped") ? "; row skipped" : ""
    return Diagnostic(at: position, problem.severity, problem.message + suffix)
  }
}
