import CSV
import Testing

/// Excel's `sep=` first line and the first record split by each candidate delimiter.
@Suite struct SniffingTests {
  @Test func excelSeparatorLine() {
    func line(_ text: String) -> String? {
      CSVDialect.excelSeparatorLine(in: Array(text.utf8)).map {
        "\(Character(Unicode.Scalar($0.delimiter))) \($0.byteCount)"
      }
    }
    #expect(line("sep=;\r\na;b") == "; 7")
    #expect(line("sep=;\na") == "; 6")
    #expect(line("sep=|\r") == "| 6")
    #expect(line("sep=\t") == "\t 5")
    #expect(line("sep=;x\n") == nil)
    #expect(line("sep=\"\n") == nil)
    #expect(line("sep=\n") == nil)
    #expect(line("SEP=;\n") == nil)
    #expect(line("sep=") == nil)
  }

  /// The `sep=` line is skipped but stays line 1, so the header is record 1 on line 2.
  @Test func readingAfterTheSeparatorLine() {
    let text = Array("sep=;\r\na;\"b;c\"\r\n\"d\"e".utf8)
    let separator = CSVDialect.excelSeparatorLine(in: text)
    var reader = CSVReader(
      utf8: text, dialect: CSVDialect(delimiter: separator?.delimiter ?? 0), skippingPrefix: separator?.byteCount ?? 0)
    let header = try? reader.nextRecord()
    #expect(header?.strings == ["a", "b;c"])
    #expect(header?.number == 1)
    #expect(header?.position(ofField: 1) == CSVPosition(line: 2, column: 3, byteOffset: 9, record: 1))
    #expect(
      throws: CSVError.unexpectedByteAfterQuote(
        at: CSVPosition(line: 3, column: 4, byteOffset: 19, record: 2), found: "e", recordStartLine: 3)
    ) {
      try reader.nextRecord()
    }
  }

  @Test func firstRecordCandidates() {
    let text = Array("\"Date;Day\",Client;Hours\n1,2;3\n".utf8)
    let candidates = CSVDialect.firstRecordCandidates(in: text)
    #expect(
      candidates == [
        DelimiterCandidate(delimiter: UInt8(ascii: ","), fields: ["Date;Day", "Client;Hours"]),
        DelimiterCandidate(delimiter: UInt8(ascii: ";"), fields: []),
        DelimiterCandidate(delimiter: UInt8(ascii: "\t"), fields: []),
        DelimiterCandidate(delimiter: UInt8(ascii: "|"), fields: []),
      ])
    let withSeparator = CSVDialect.firstRecordCandidates(in: Array("sep=;\na;b\n".utf8))
    #expect(withSeparator == [DelimiterCandidate(delimiter: UInt8(ascii: ";"), fields: ["a", "b"])])
  }
}
