import CSV
import Domain
import Localization

/// Reads the rows of a file's text (or of one part of it) with one plan: every row is decoded
/// and becomes facts, a diagnostic, or both, and is counted read and imported or skipped; totals
/// rows and a report's group headings become notes.
struct RowReader {
  let plan: ReadPlan
  private var decoder: RowDecoder
  private var reading: RowReading
  private var state = ConversionState()
  /// Records up to this number are the header and what precedes it.
  private let headerRecord: Int

  /// Reads `text` to its end (or to where it cannot be read on) and returns what it gathered.
  /// Throws only when the file itself cannot be read (an I/O error).
  static func read(_ text: inout FileText, plan: ReadPlan) throws(ImportError) -> RowReading {
    var reader = RowReader(plan: plan, headerRecord: text.startsMidFile ? 0 : plan.headerRecord)
    try reader.read(&text)
    return reader.reading
  }

  private init(plan: ReadPlan, headerRecord: Int) {
    self.plan = plan
    self.headerRecord = headerRecord
    decoder = RowDecoder(plan: plan)
    reading = RowReading(
      facts: Ledger(clients: ClientDirectory(aliases: plan.options.aliases)),
      votes: ColumnVotes(format: plan.format, delimiter: plan.dialect.delimiter, file: plan.file))
    state.timeFile = reading.facts.timeEntries.fileNumber(plan.file)
  }

  private mutating func read(_ text: inout FileText) throws(ImportError) {
    var csv = text.reader(plan: plan)
    reading: while true {
      let pause: CSVReader.Pause
      do {
        pause = try csv.readRecords { record in
          take(record)
          return true
        }
      } catch {
        reading.stop = .failed(error)
        break
      }
      switch pause {
      case .unreadableRecord(let error):
        // The record could not be split: it is a row all the same, read and skipped, at its place.
        reading.rowsRead += 1
        reading.rowsSkipped += 1
        let at = error.position.map { SourcePosition($0, file: plan.file) }
        reading.diagnostics.append(
          Diagnostic(
            file: plan.file, line: at?.line, column: at?.column, severity: .error,
            text: LocalizedText(en: "\(error.text); row skipped", ar: "\(error.text)؛ فتُخطّي الصف"),
            cause: "unreadable-row"))
      case .needsInput:
        if try text.readNextChunk(into: &csv) { continue }
        if text.needsWholeFile {
          reading.stop = .notPlainUTF8
          break reading
        }
        if text.endsAtCut && !csv.isBetweenRecords {
          reading.stop = .cutInsideRecord
          break reading
        }
        csv.finishInput()
      case .end, .stopped:
        break reading
      }
    }
    if let overflow = state.overflow { reading.stop = .overflow(overflow) }
    reading.facts.timeEntries.distributeWaiting()
    reading.clientsFromProject = state.clientsFromProject
    reading.endLine = csv.nextLine
    for (spelling, rows) in zip(decoder.spellings, decoder.rows) {
      reading.facts.clients.record(spelling.text, as: spelling.key, times: rows)
    }
    reading.plainCells = decoder.plainCells
    reading.generalCells = decoder.generalCells
  }

  /// Reads one record: the header's, a blank line, a heading or a data row.
  private mutating func take(_ record: CSVRecordView) {
    guard record.number > headerRecord else { return }
    reading.votes.count(record)
    decoder.row = record
    // A row of only delimiters is a blank line a spreadsheet wrote: not a row, but said.
    if (0..<record.count).allSatisfy({ decoder.isBlank($0) }) {
      reading.diagnostics.append(
        note(LocalizedText(en: "empty row ignored", ar: "صف فارغ أُهمل"), cause: "empty-row"))
      return
    }
    reading.rowsRead += 1
    if let problem = shapeProblem() {
      reading.rowsSkipped += 1
      reading.diagnostics.append(diagnostic(problem))
      return
    }
    if plan.format.format.groupedRows, let heading = SummaryRow.heading(decoder) {
      reading.rowsSkipped += 1
      reading.diagnostics.append(noteForHeading(heading))
      return
    }
    do throws(RowProblem) {
      try convert()
      reading.rowsImported += 1
      for note in state.notes { reading.diagnostics.append(diagnostic(note)) }
      state.notes = []
    } catch {
      state.notes = []
      reading.rowsSkipped += 1
      if error.severity != .note, let label = SummaryRow.totalLabel(decoder) {
        // Tools append totals; they are not data, but a row never goes unmentioned.
        state.group = nil
        reading.diagnostics.append(note(.totalsRow(label), cause: "totals-row"))
      } else {
        reading.diagnostics.append(diagnostic(error))
      }
    }
  }

  private mutating func convert() throws(RowProblem) {
    switch plan.format.format.conversion {
    case .perRow(let convertRow):
      return try convertRow(&decoder, &reading.facts)
    case .acrossRows(let convertRows):
      return try convertRows(&decoder, &reading.facts, &state)
    case .standard:
      break
    }
    switch plan.format.format.kind {
    case .time: try decoder.addTime(to: &reading.facts, state: &state)
    case .invoices: reading.facts.invoices.append(try decoder.invoice())
    case .payments: reading.facts.payments.append(try decoder.payment())
    case .expenses: reading.facts.expenses.append(try decoder.expense())
    case .incidents: reading.facts.incidents.append(try decoder.incident())
    }
  }

  /// The note for a report layout's heading row, remembering the group it opens.
  private mutating func noteForHeading(_ heading: String) -> Diagnostic {
    if SummaryRow.isTotal(heading) {
      state.group = nil
      return note(.totalsRow(heading), cause: "totals-row")
    }
    if SummaryRow.isFooter(heading) {
      state.group = nil
      return note(
        LocalizedText(
          en: "the report's footer ('\(code: heading)'); skipped", ar: "تذييل التقرير («\(code: heading)»)؛ تُخطّي"),
        cause: "report-footer")
    }
    state.group = heading
    return note(
      LocalizedText(
        en: "heading '\(code: heading)': it names the group of the rows below",
        ar: "عنوان «\(code: heading)»: يسمّي مجموعة الصفوف التي تحته"),
      cause: "group-heading")
  }

  /// A note at the row being read.
  private func note(_ text: LocalizedText, cause: String) -> Diagnostic {
    let at = decoder.position(0)
    return Diagnostic(file: at.file, line: at.line, column: at.column, severity: .note, text: text, cause: cause)
  }

  /// A row with more fields than the header is skipped unless every extra field is empty (a
  /// spreadsheet column that once held data); a short row is read with the missing cells empty.
  private func shapeProblem() -> RowProblem? {
    let expected = plan.format.header.count
    guard decoder.row.count > expected,
      let first = (expected..<decoder.row.count).first(where: { !decoder.rawText($0).isEmpty })
    else { return nil }
    let count = decoder.row.count
    return RowProblem(
      column: first,
      text: LocalizedText(
        en: "the row has \(plain: count) fields but the header has \(plain: expected) (an unquoted delimiter inside a "
          + "value?)",
        ar: "في الصف \(count: count, .field) بينما في الترويسة \(plain: expected) (فاصل داخل قيمة غير مقتبسة؟)"),
      cause: "too-many-fields")
  }

  private func diagnostic(_ problem: RowProblem) -> Diagnostic {
    let skipped = problem.severity == .error && !problem.message.hasSuffix("row skipped")
    let text =
      skipped
      ? LocalizedText(en: "\(problem.text); row skipped", ar: "\(problem.text)؛ فتُخطّي الصف") : problem.text
    let at = decoder.position(problem.column ?? 0)
    return Diagnostic(
      file: at.file, line: at.line, column: at.column, severity: problem.severity, text: text, cause: problem.cause)
  }

}

extension LocalizedText {
  /// A row of totals a tool appended, named by its label.
  fileprivate static func totalsRow(_ label: String) -> LocalizedText {
    LocalizedText(
      en: "a totals row ('\(code: label)'), not data; skipped",
      ar: "صف مجاميع («\(code: label)»)، لا بيانات؛ تُخطّي")
  }
}
