import CSV
import Domain
import Localization

/// Imports one file: finds its header and format, decides how its cells read (day orders,
/// decimal mark), and reads its rows (a large UTF-8 file chunk by chunk, its rows in two parts
/// at once when they stand alone). When the reading shows the file must be read another way, it
/// is read again, for a reason the statistics keep (`--verbose` shows it).
struct FileImporter {
  let file: InputFile
  let options: ImportOptions

  /// One file's import: its facts, apart from every other file's, its diagnostics, its summary.
  struct Imported: Sendable {
    var facts: Ledger
    var diagnostics: [Diagnostic]
    /// What the file's missing columns cost, to be said unless another file makes up for it.
    var losses: [Diagnostic]
    var summary: FileSummary
    var statistics: ReadStatistics
  }

  /// How the file is read this time; each reading that proves wrong changes one thing.
  private struct Way {
    /// The decisions the whole file's values settled, once a reading has seen them.
    var decisions: ColumnDecisions?
    var whole = false
    var inParts = true
  }

  func run() throws(ImportError) -> Imported {
    var way = Way()
    var rereads: [LocalizedText] = []
    while true {
      var text = way.whole ? try FileText.whole(file) : try FileText.open(file, chunkBytes: options.chunkBytes)
      guard let layout = try findLayout(in: text) else {
        rereads.append(.noHeaderInFirstChunk(text.head.count))
        way.whole = true
        continue
      }
      let decisions: ColumnDecisions
      if let settled = way.decisions {
        decisions = settled
      } else {
        decisions = try self.decisions(for: layout, in: text)
      }
      let plan = ReadPlan(layout: layout, decisions: decisions, file: file.path, options: options)
      let (reading, laterRows) = try read(&text, plan: plan, inParts: way.inParts)
      switch reading.stop {
      case .notPlainUTF8?:
        rereads.append(.notPlainUTF8)
        way.whole = true
        continue
      case .cutInsideRecord?:
        rereads.append(.cutInsideRecord)
        way.inParts = false
        continue
      case .failed(let error)?:
        throw try importError(error, text: text)
      case .overflow(let overflow)?:
        throw ImportError(file: file.path, text: .timeOverflow(overflow))
      case nil:
        break
      }
      let settled = try decide(reading.votes, text: text)
      if settled != decisions {
        rereads.append(.decisionsChanged(from: decisions, to: settled, format: layout.format))
        way.decisions = settled
        continue
      }
      var statistics = ReadStatistics(path: file.path)
      (statistics.rowsInLaterPart, statistics.rereads) = (laterRows, rereads)
      (statistics.plainCells, statistics.generalCells) = (reading.plainCells, reading.generalCells)
      return commit(reading, text: text, plan: plan, statistics: statistics)
    }
  }

  /// Reads the rows, in two parts at once when the file qualifies; returns the reading and how
  /// many of its rows the later part read.
  private func read(_ text: inout FileText, plan: ReadPlan, inParts: Bool) throws(ImportError)
    -> (RowReading, laterRows: Int)
  {
    guard inParts, !text.isWhole, plan.rowsStandAlone, options.chunkBytes <= file.contents.count / 4,
      let cut = try cutNearMiddle(plan: plan)
    else { return (try RowReader.read(&text, plan: plan), 0) }
    return try readInTwoParts(text, plan: plan, cut: cut)
  }

  /// The day orders and decimal mark the values settle: over the whole text when it is in memory,
  /// else a guess from the first chunk, which the reading's own votes confirm or correct.
  private func decisions(for layout: Layout, in text: FileText) throws(ImportError) -> ColumnDecisions {
    var votes = ColumnVotes(format: layout.format, delimiter: layout.dialect.delimiter, file: file.path)
    var reader = CSVReader(utf8: text.headLines, dialect: layout.dialect, skippingPrefix: layout.skip)
    while true {
      let pause: CSVReader.Pause
      do {
        pause = try reader.readRecords { record in
          if record.number > layout.headerRecord { votes.count(record) }
          return true
        }
      } catch {
        break  // the reading itself reports it, at its place
      }
      guard case .unreadableRecord = pause else { break }
    }
    return text.isWhole ? try decide(votes, text: text) : votes.guess(options: options)
  }

  /// Decides the votes, showing the line that settles an error.
  private func decide(_ votes: ColumnVotes, text: FileText) throws(ImportError) -> ColumnDecisions {
    do {
      return try votes.decide(options: options)
    } catch {
      guard error.details.isEmpty, let line = error.line, let column = error.column else { throw error }
      var result = error
      result.detailTexts = SourceExcerpt.lines(of: try wholeText(text), line: line, column: column)
      throw result
    }
  }

  /// The CSV error at its place, with the line it is on.
  private func importError(_ error: CSVError, text: FileText) throws(ImportError) -> ImportError {
    let details = try error.position.map { (at) throws(ImportError) in
      SourceExcerpt.lines(of: try wholeText(text), line: at.line, column: at.column)
    }
    return ImportError(error, file: file.path, details: details ?? [])
  }

  /// The whole text, for an excerpt: read again when only its first chunk is at hand.
  private func wholeText(_ text: FileText) throws(ImportError) -> [UInt8] {
    text.isWhole ? text.head : try FileText.whole(file).head
  }

  /// The file's import from a reading that stood: its facts, its diagnostics (the encoding's
  /// note first, what its missing columns cost next, each row's after) and its summary.
  private func commit(_ reading: RowReading, text: FileText, plan: ReadPlan, statistics: ReadStatistics) -> Imported {
    var summary = FileSummary(
      path: file.path, format: plan.format.format.name, rowsRead: reading.rowsRead,
      rowsImported: reading.rowsImported, rowsSkipped: reading.rowsSkipped)
    summary.kind = plan.format.format.kind
    summary.encoding = text.encodingName
    summary.delimiter = Character(Unicode.Scalar(plan.dialect.delimiter))
    if let days = reading.facts.timeEntries.days {
      summary.note(days: days, clients: reading.facts.timeEntries.clientKeys)
    }
    summary.noteAllButTime(reading.facts)
    var diagnostics = text.note.map { [$0] } ?? []
    if reading.clientsFromProject > 0 {
      diagnostics.append(
        Diagnostic(
          file: file.path, line: plan.headerLine, column: nil, severity: .note,
          text: .clientsFromProject(reading.clientsFromProject, plan: plan), cause: "client-from-project"))
    }
    diagnostics += reading.diagnostics
    if summary.rowsRead == 0 {
      diagnostics.append(
        Diagnostic(
          file: file.path, line: plan.headerLine, column: nil, severity: .note,
          text: LocalizedText(en: "the file has a header and no data rows", ar: "في الملف ترويسة ولا صفوف بيانات"),
          cause: "no-data-rows"))
    }
    let losses = plan.format.format.losses.filter { plan.column($0.field) == nil && $0.shows(reading.facts) }.map {
      Diagnostic(
        file: file.path, line: plan.headerLine, column: nil, severity: .warning, text: $0.lost,
        cause: "no-\($0.field.causeName)-column")
    }
    return Imported(
      facts: reading.facts, diagnostics: diagnostics, losses: losses, summary: summary, statistics: statistics)
  }
}

extension LocalizedText {
  /// The one note of a file whose time rows took their project as the client.
  fileprivate static func clientsFromProject(_ count: Int, plan: ReadPlan) -> LocalizedText {
    let (clientName, projectName) = (plan.format.headerName(of: .client), plan.format.headerName(of: .project))
    let client: LocalizedText
    if plan.column(.client) == nil {
      let english: Template =
        count == 1
        ? "the file has no client column (1 time row)" : "the file has no client column (\(plain: count) time rows)"
      client = LocalizedText(en: english, ar: "لا عمود للعميل في الملف (\(count: count, .timeEntry))")
    } else {
      let english: Template =
        count == 1
        ? "column '\(code: clientName)' is empty on 1 time row"
        : "column '\(code: clientName)' is empty on \(plain: count) time rows"
      client = LocalizedText(
        en: english, ar: "العمود «\(code: clientName)» فارغ في \(count: count, .timeEntry, .oblique)")
    }
    return LocalizedText(
      en: "\(client): each takes its project ('\(code: projectName)') as the client (set \"timeWithoutClient\" to "
        + "\"skip\" to leave such time out)",
      ar: "\(client): يُعدّ مشروع كلٍّ منها («\(code: projectName)») عميلَه (اضبط \(code: "\"timeWithoutClient\"") على "
        + "\(code: "\"skip\"") لترك هذا الوقت خارج الحساب)")
  }
}
