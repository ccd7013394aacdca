import CSV
import Domain

/// The file's delimiter, header line and recognised format.
struct Layout {
  var dialect: CSVDialect
  var format: RecognizedFormat
  /// Bytes before the first record (an Excel `sep=` line).
  var skip: Int
  /// The record number of the header (1 unless a title preamble precedes it).
  var headerRecord: Int
  var headerLine: Int
}

extension FileImporter {
  /// The file as UTF-8, with a note when it was not (UTF-16, Windows-1252).
  struct Text {
    var utf8: [UInt8]
    var note: Diagnostic?
    var encodingName: String
  }

  func decode() throws(ImportError) -> Text {
    do {
      let decoded = try DecodedText(decoding: file.bytes)
      let note = decoded.encoding.note.map {
        Diagnostic(file: file.path, line: nil, column: nil, severity: .note, message: $0)
      }
      return Text(utf8: decoded.utf8, note: note, encodingName: decoded.encoding.name)
    } catch {
      throw importError(error)
    }
  }

  /// Tries each delimiter on the first records and keeps the first that yields a known header.
  func findLayout(in text: Text) throws(ImportError) -> Layout {
    var skip = 0
    var delimiters = CSVDialect.candidateDelimiters
    if let separator = CSVDialect.excelSeparatorLine(in: text.utf8) {
      skip = separator.byteCount
      delimiters = [separator.delimiter]
    }
    var firstFailure: ImportError?
    for delimiter in delimiters {
      let dialect = CSVDialect(delimiter: delimiter)
      var reader = CSVReader(utf8: text.utf8, dialect: dialect, skippingPrefix: skip)
      for _ in 0..<Self.headerSearchRows {
        guard let record = try? reader.nextRecord() else { break }
        let header = record.strings
        do {
          let format = try FormatRecognizer.recognize(header: header, file: file.path)
          return Layout(
            dialect: dialect, format: format, skip: skip, headerRecord: record.number, headerLine: record.startLine)
        } catch {
          // The comma reading of the first record explains an unknown header best.
          if firstFailure == nil && record.number == 1 { firstFailure = error }
        }
      }
    }
    throw firstFailure ?? ImportError(file: file.path, line: 1, column: 1, message: "the file has no header row")
  }

  /// Calls `body` with every record after the header; a record the reader could not split
  /// (text after a closing quote) comes as a problem instead. Fatal CSV errors are thrown.
  func forEachDataRow(
    text: Text, layout: Layout, _ body: (RecordRow?, RowProblem?) throws(ImportError) -> Void
  ) throws(ImportError) {
    var reader = CSVReader(utf8: text.utf8, dialect: layout.dialect, skippingPrefix: layout.skip)
    while true {
      let record: CSVRecord?
      do {
        record = try reader.nextRecord()
      } catch  where error.isRecoverable {
        try body(nil, RowProblem(column: nil, message: error.message))
        continue
      } catch {
        throw importError(error, text: text)
      }
      guard let record else { return }
      if record.number <= layout.headerRecord { continue }
      try body(RecordRow(record: record, file: file.path), nil)
    }
  }

  /// Each date column's day/month order and the file's decimal mark, decided from all the
  /// values in one pass before any row is read.
  func scanColumns(text: Text, layout: Layout) throws(ImportError)
    -> (orders: [Field: DayOrder], decimal: AmountParser.DecimalSeparator)
  {
    let dateFields: [Field] = [.date, .issueDate, .dueDate, .paidDate]
    let columns = dateFields.compactMap { field in layout.format.index(of: field).map { (field, $0) } }
    let numberColumns = Self.numberFields.compactMap { layout.format.index(of: $0) }
    let fallback: AmountParser.DecimalSeparator = layout.dialect.delimiter == UInt8(ascii: ";") ? .comma : .point
    guard !columns.isEmpty || !numberColumns.isEmpty else { return ([:], fallback) }
    var votes = [DayOrderVote](repeating: DayOrderVote(), count: columns.count)
    var decimalVote = DecimalVote()
    // A vote only needs the first row with each value (the first position of each kind of
    // evidence), so a value seen before is passed over without being read again.
    var seenDates = [ByteKeyedTable<Void>](repeating: ByteKeyedTable(), count: columns.count)
    var seenNumbers = [ByteKeyedTable<Void>](repeating: ByteKeyedTable(), count: numberColumns.count)
    try forEachDataRow(text: text, layout: layout) { row, _ in
      guard let row else { return }
      for (slot, (_, column)) in columns.enumerated() where !votes[slot].isSettled {
        guard row.withBytes(column, { seenDates[slot].insert($0, value: ()) }) else { continue }
        let cell = row.text(column)
        guard let value = try? DateText.parse(cell) else { continue }
        votes[slot].count(value, text: cell, at: row.position(column))
      }
      for (slot, column) in numberColumns.enumerated() where !decimalVote.isMixed {
        guard row.withBytes(column, { seenNumbers[slot].insert($0, value: ()) }) else { continue }
        decimalVote.count(row.text(column))
      }
    }
    var orders: [Field: DayOrder] = [:]
    let documented: DayOrder? =
      switch layout.format.format.documentedDayOrder {
      case .none: nil
      case .dmy: .dmy
      case .mdy: .mdy
      }
    for (slot, (field, column)) in columns.enumerated() {
      let name = layout.format.header[column]
      if let order = try votes[slot].decide(column: name, documented: documented, setting: options.dateOrder) {
        orders[field] = order
      }
    }
    return (orders, decimalVote.decide(fallback: fallback))
  }

  /// Fields whose cells are numbers, for the decimal mark vote.
  private static let numberFields: [Field] = [.hours, .duration, .rate, .amount, .paidAmount, .balance]

  func importError(_ error: CSVError, text: Text? = nil) -> ImportError {
    let position = error.position
    var details: [String] = []
    if let position, let text {
      details = SourceExcerpt.lines(of: text.utf8, line: position.line, column: position.column)
    }
    return ImportError(
      file: file.path, line: position?.line, column: position?.column, message: error.message, details: details)
  }

  /// The error with the offending line and a caret added, when it points into the file.
  func withExcerpt(_ error: ImportError, text: Text) -> ImportError {
    guard error.details.isEmpty, let line = error.line, let column = error.column else { return error }
    var result = error
    result.details = SourceExcerpt.lines(of: text.utf8, line: line, column: column)
    return result
  }
}
