extension CSVDialect {
  /// The delimiters an importer should try when a file does not say: comma, semicolon (Excel in locales
  /// with a decimal comma), TAB (Excel "Unicode Text") and pipe.
  public static let candidateDelimiters: [UInt8] = [
    UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t"), UInt8(ascii: "|"),
  ]

  /// Reads an Excel `sep=X` first line: returns X and the number of bytes the line takes, line break
  /// included, or `nil` when the text does not start with exactly `sep=` and one byte and a line end.
  ///
  /// Pass the byte count as `skippingPrefix` to ``CSVReader/init(utf8:dialect:skippingPrefix:)`` so the
  /// line is skipped yet still counted as line 1.
  public static func excelSeparatorLine(in text: [UInt8]) -> (delimiter: UInt8, byteCount: Int)? {
    let prefix = Array("sep=".utf8)
    guard text.count >= 5, Array(text[0..<4]) == prefix else { return nil }
    let delimiter = text[4]
    guard delimiter != 0x0A, delimiter != 0x0D, delimiter != UInt8(ascii: "\""), delimiter < 0x80 else {
      return nil
    }
    if text.count == 5 { return (delimiter, 5) }
    switch text[5] {
    case 0x0A: return (delimiter, 6)
    case 0x0D: return (delimiter, text.count > 6 && text[6] == 0x0A ? 7 : 6)
    default: return nil
    }
  }

  /// The first record split with each candidate delimiter (quote-aware), so an importer can pick the
  /// delimiter whose fields it recognises as a header. A candidate whose first record cannot be read
  /// (a quote problem) gets no fields.
  public static func firstRecordCandidates(
    in text: [UInt8], delimiters: [UInt8] = candidateDelimiters
  ) -> [DelimiterCandidate] {
    var skip = 0
    var dialects = delimiters.map { CSVDialect(delimiter: $0) }
    if let separator = excelSeparatorLine(in: text) {
      skip = separator.byteCount
      dialects = [CSVDialect(delimiter: separator.delimiter)]
    }
    return dialects.map { dialect in
      var reader = CSVReader(utf8: text, dialect: dialect, skippingPrefix: skip)
      let fields = (try? reader.nextRecord())??.strings ?? []
      return DelimiterCandidate(delimiter: dialect.delimiter, fields: fields)
    }
  }
}
