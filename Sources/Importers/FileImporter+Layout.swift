import CSV
import Domain
import Localization

extension FileImporter {
  /// Rows before the header that are searched for it (report titles some tools write first).
  static let headerSearchRows = 20

  /// Tries each delimiter on the first records and keeps the first that yields a known header.
  /// Nil when only the whole text can tell (its first chunk did not).
  func findLayout(in text: FileText) throws(ImportError) -> Layout? {
    do {
      return try findLayout(in: text.headLines)
    } catch {
      guard text.isWhole else { return nil }
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
    // How each delimiter's reading of the first record failed, and into how many fields it split it.
    var firstFailure: (error: ImportError, fields: Int)?
    for delimiter in delimiters {
      let dialect = CSVDialect(delimiter: delimiter)
      var reader = CSVReader(utf8: text, dialect: dialect, skippingPrefix: skip)
      for _ in 0..<Self.headerSearchRows {
        let record: CSVRecord
        do {
          guard let read = try reader.nextRecord() else { break }
          record = read
        } catch {
          break  // this delimiter does not split the start of the file into records
        }
        do {
          let format = try FormatRecognizer.recognize(header: record.strings, file: file.path)
          return Layout(
            dialect: dialect, format: format, skip: skip, headerRecord: record.number, headerLine: record.startLine)
        } catch {
          // The reading that splits the first record into the most fields explains an unknown header
          // best (the comma's when they tie): a file a spreadsheet saved with semicolons is then told
          // which columns its header lacks, not shown as one column.
          if record.number == 1 && record.count > firstFailure?.fields ?? 0 {
            firstFailure = (error, record.count)
          }
          if record.number == 1, let wrapped = wholeRowInOneField(record, dialect: dialect) { throw wrapped }
        }
      }
    }
    throw firstFailure?.error
      ?? ImportError(
        file: file.path, line: 1, column: 1,
        text: LocalizedText(en: "the file has no header row", ar: "لا سطر ترويسة في الملف"))
  }

  /// The error for a header that is one field holding a whole known header: a spreadsheet that read
  /// each line as one cell and saved it quoted (`"User,""Email"",""Client"",…"`), which leaves every
  /// row one field too. Nil for any other record.
  private func wholeRowInOneField(_ record: CSVRecord, dialect: CSVDialect) -> ImportError? {
    guard record.count == 1, let field = record.strings.first, field.utf8.contains(dialect.delimiter) else {
      return nil
    }
    var reader = CSVReader(utf8: Array(field.utf8), dialect: dialect)
    guard let inner = try? reader.nextRecord(), inner.count > 1,
      let format = try? FormatRecognizer.recognize(header: inner.strings, file: file.path)
    else { return nil }
    let what =
      format.format.isNative ? LocalizedText(en: "file", ar: "ملف") : LocalizedText(en: "export", ar: "ملف تصدير")
    let delimiter = dialect.delimiter == 0x09 ? "TAB" : String(UnicodeScalar(dialect.delimiter))
    return ImportError(
      file: file.path, line: record.startLine, column: 1,
      text: LocalizedText(
        en: "each line is one quoted field holding a whole row of a \(code: format.format.name) \(what) (a "
          + "spreadsheet saved the file as one column): export it again, or split the column at '\(code: delimiter)' "
          + "and save it as CSV",
        ar: "كل سطر حقل واحد بين علامتي اقتباس يحمل صفًا كاملًا من \(what) \(code: format.format.name) (حفظ "
          + "جدولٌ الملفَ عمودًا واحدًا): صدّره من جديد، أو قسّم العمود عند «\(code: delimiter)» واحفظه بصيغة "
          + "\(code: "CSV")"),
      unknownFormat: true)
  }
}
