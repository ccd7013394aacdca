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
  /// Tries each delimiter on the first records and keeps the first that yields a known header.
  /// Nil when only the whole text can tell (the first chunk of a large file did not): the text is
  /// then marked to be read whole.
  func findLayout(in text: inout FileText) throws(ImportError) -> Layout? {
    do {
      return try findLayout(in: text.headLines)
    } catch {
      guard text.isWhole else {
        text.readWholeInstead()
        return nil
      }
      throw error
    }
  }

  private func findLayout(in text: [UInt8]) throws(ImportError) -> Layout {
    var skip = 0
    var delimiters = CSVDialect.candidateDelimiters
    if let separator = CSVDialect.excelSeparatorLine(in: text) {
      skip = separator.byteCount
      delimiters = [separator.delimiter]
    }
    var firstFailure: ImportError?
    for delimiter in delimiters {
      let dialect = CSVDialect(delimiter: delimiter)
      var reader = CSVReader(utf8: text, dialect: dialect, skippingPrefix: skip)
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

  /// One data record as `forEachDataRow` hands it over.
  enum DataRow {
    case row(RecordRow)
    /// A record the reader could not split (text after a closing quote).
    case unreadable(RowProblem)
    /// A plain record read in place (`CSVReader.readInPlace`), offered first; declined, it comes
    /// again as a row.
    case inPlace(InPlaceRecord)
  }

  /// Calls `body` with every record after the header, reading the text chunk by chunk; with
  /// `inPlace`, each record the reader can read in place is offered so first. `body` returns
  /// whether it took the record. Fatal CSV errors are thrown. Returns the line after the last.
  @discardableResult
  func forEachDataRow(
    of text: inout FileText, layout: Layout, inPlace: Bool = false,
    _ body: (DataRow) throws(ImportError) -> Bool
  ) throws(ImportError) -> Int {
    var reader: CSVReader
    if text.startsMidFile {
      reader = CSVReader(continuing: layout.dialect)
      reader.append(text.head)
    } else if text.isWhole {
      reader = CSVReader(utf8: text.head, dialect: layout.dialect, skippingPrefix: layout.skip)
    } else {
      reader = CSVReader(dialect: layout.dialect)
      reader.append(text.head)
      reader.skipPrefix(layout.skip)
    }
    let source = RecordRow.Source(record: CSVRecord(), file: file.path)
    while true {
      if inPlace {
        // Typed throws do not pass through readInPlace's closure: carry a failure out.
        var failure: ImportError?
        reader.readInPlace { record in
          guard record.number > layout.headerRecord else { return false }
          do throws(ImportError) { return try body(.inPlace(record)) } catch {
            failure = error
            return false
          }
        }
        if let failure { throw failure }
      }
      let record: CSVRecord?
      do {
        record = try reader.nextRecord()
      } catch  where error.isRecoverable {
        _ = try body(.unreadable(RowProblem(column: nil, message: error.message)))
        continue
      } catch {
        throw importError(error, excerptFrom: text)
      }
      guard let record else {
        if reader.isAtEnd { return reader.nextLine }
        if try !text.readNextChunk(into: &reader) { reader.finishInput() }
        continue
      }
      if record.number <= layout.headerRecord { continue }
      source.record = record
      _ = try body(.row(RecordRow(source)))
      // Let go of the record, so the reader can reuse its storage for the next one.
      source.record = CSVRecord()
    }
  }

  /// Calls `body` with the data records in the head of the text (all of it when it is whole),
  /// ignoring what cannot be read there: enough to guess how its columns read. Each record the
  /// reader can read in place is offered to `inPlace` first; declined, it comes as a row.
  func forEachDataRow(
    inHeadOf text: FileText, layout: Layout, inPlace: (InPlaceRecord) -> Bool, _ body: (RecordRow) -> Void
  ) {
    var reader = CSVReader(utf8: text.headLines, dialect: layout.dialect, skippingPrefix: layout.skip)
    let source = RecordRow.Source(record: CSVRecord(), file: file.path)
    while true {
      reader.readInPlace { record in record.number > layout.headerRecord && inPlace(record) }
      do {
        guard let record = try reader.nextRecord() else { return }
        if record.number > layout.headerRecord {
          source.record = record
          body(RecordRow(source))
          // Let go of the record, so the reader can reuse its storage for the next one.
          source.record = CSVRecord()
        }
      } catch  where error.isRecoverable {
        continue
      } catch {
        return
      }
    }
  }

  /// Decides the votes, showing the line that settles an error.
  func decide(_ votes: ColumnVotes, text: FileText) throws(ImportError) -> ColumnDecisions {
    do {
      return try votes.decide(options: options)
    } catch {
      guard error.details.isEmpty, let line = error.line, let column = error.column else { throw error }
      var result = error
      result.details = SourceExcerpt.lines(of: wholeText(text), line: line, column: column)
      throw result
    }
  }

  func importError(_ error: CSVError, excerptFrom text: FileText) -> ImportError {
    let details = error.position.map { SourceExcerpt.lines(of: wholeText(text), line: $0.line, column: $0.column) }
    return ImportError(error, file: file.path, details: details ?? [])
  }

  /// The whole text, for an excerpt: read again when only its first chunk is at hand.
  private func wholeText(_ text: FileText) -> [UInt8] {
    text.isWhole ? text.head : (try? FileText.whole(file).head) ?? text.head
  }
}
