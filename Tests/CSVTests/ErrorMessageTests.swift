import CSV
import Testing

/// What each error says, and which errors a reader can carry on after.
@Suite struct ErrorMessageTests {
  static let here = CSVPosition(line: 3, column: 4, byteOffset: 20, record: 2)

  @Test func quoteErrors() {
    #expect(
      CSVError.unterminatedQuote(opening: Self.here, linesSwallowed: 1).message
        == "unterminated quoted field: the quote opened here runs to the end of the file (1 line); "
        + "a closing quote is missing")
    #expect(
      CSVError.unterminatedQuote(opening: Self.here, linesSwallowed: 38).message.contains("(38 lines)"))
    #expect(
      CSVError.unexpectedByteAfterQuote(at: Self.here, found: " ", recordStartLine: 3).message
        == "expected a delimiter or end of line after the closing quote, found a space; "
        + "probably a quote inside a quoted field that was not doubled")
    #expect(
      CSVError.unexpectedByteAfterQuote(at: Self.here, found: "é", recordStartLine: 1).message
        == "expected a delimiter or end of line after the closing quote, found 'é' (record starts at line 1); "
        + "probably a quote inside a quoted field that was not doubled")
    #expect(
      CSVError.fieldTooLong(at: Self.here, limit: 1_048_576, quoted: true).message
        == "field longer than 1048576 bytes starts here: probably a quote that is never closed")
  }

  @Test func encodingErrors() {
    #expect(
      CSVError.notWindows1252(
        at: Self.here, byte: 0x9D, firstInvalidUTF8: CSVPosition(line: 1, column: 2, byteOffset: 1, record: 0)
      )
      .message
        == "byte 0x9D is not valid UTF-8 (first invalid byte at line 1, column 2) and is unassigned in Windows-1252: "
        + "the file is in an unknown encoding")
    #expect(CSVError.invalidUTF16(byteOffset: 7).position == nil)
    #expect(CSVError.nulByte(at: Self.here).position == Self.here)
  }

  @Test func onlyAByteAfterAQuoteIsRecoverable() {
    let errors: [CSVError] = [
      .emptyFile, .notCSV(kind: .pdf), .utf32NotSupported, .utf16WithoutByteOrderMark, .invalidUTF16(byteOffset: 0),
      .nulByte(at: Self.here), .unterminatedQuote(opening: Self.here, linesSwallowed: 1),
      .unexpectedByteAfterQuote(at: Self.here, found: "x", recordStartLine: 3),
      .fieldTooLong(at: Self.here, limit: 1, quoted: false),
    ]
    #expect(
      errors.filter(\.isRecoverable) == [.unexpectedByteAfterQuote(at: Self.here, found: "x", recordStartLine: 3)])
  }
}
