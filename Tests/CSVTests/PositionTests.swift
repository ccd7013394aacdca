import CSV
import Testing

/// Line, column (in Unicode scalars), byte offset and record number of fields, record ends and errors,
/// worked out by hand; every input is read whole and in 1-byte and 7-byte chunks, which must agree.
@Suite struct PositionTests {
  /// Each record as its number, start line and the `line:column@byte` of every field.
  static func fieldPositions(_ input: String, dialect: CSVDialect = CSVDialect()) -> [String] {
    Read.agreed(Array(input.utf8), dialect: dialect).map { event in
      guard case .record(let record) = event else { return event.description }
      let fields = record.fieldPositions.map { "\($0)@\($0.byteOffset)" }.joined(separator: " ")
      #expect(record.fieldPositions.allSatisfy { $0.record == record.number })
      return "#\(record.number) line \(record.startLine): \(fields)"
    }
  }

  /// The errors reading `input` gives, in full.
  static func errors(_ input: String, dialect: CSVDialect = CSVDialect()) -> [CSVError] {
    Read.agreed(Array(input.utf8), dialect: dialect).compactMap { event in
      if case .error(let error) = event { return error }
      return nil
    }
  }

  @Test func afterCRLF() {
    #expect(Self.fieldPositions("a,b\r\nc,d") == ["#1 line 1: 1:1@0 1:3@2", "#2 line 2: 2:1@5 2:3@7"])
  }

  @Test func afterLoneCR() {
    #expect(
      Self.fieldPositions("a,b\rc,d\r\re") == ["#1 line 1: 1:1@0 1:3@2", "#2 line 2: 2:1@4 2:3@6", "#3 line 4: 4:1@9"])
  }

  @Test func emptyLinesCountAsLines() {
    #expect(Self.fieldPositions("\n\r\n\ra\n\nb") == ["#1 line 4: 4:1@4", "#2 line 6: 6:1@7"])
  }

  @Test func afterQuotedLineBreaks() {
    // `"x` / `y",z` / `w`: z is the fourth character of line 2.
    #expect(Self.fieldPositions("\"x\ny\",z\nw") == ["#1 line 1: 1:1@0 2:4@6", "#2 line 3: 3:1@8"])
    #expect(Self.fieldPositions("\"a\r\nb\",c\r\nd") == ["#1 line 1: 1:1@0 2:4@7", "#2 line 3: 3:1@10"])
    #expect(Self.fieldPositions("\"a\rb\r\",c") == ["#1 line 1: 1:1@0 3:3@7"])
  }

  @Test func columnsCountUnicodeScalars() {
    // é is 2 bytes, ü 2, € 3, 😀 4: columns count characters, offsets count bytes.
    #expect(Self.fieldPositions("é,ü€,x") == ["#1 line 1: 1:1@0 1:3@3 1:6@9"])
    #expect(Self.fieldPositions("😀,\"😀\n😀\",x") == ["#1 line 1: 1:1@0 1:3@5 2:4@17"])
  }

  @Test func byteOrderMarkIsNotAColumn() {
    // The BOM is skipped, so `a` is column 1; byte offsets still count its 3 bytes.
    #expect(Self.fieldPositions("\u{FEFF}a,b\nc") == ["#1 line 1: 1:1@3 1:3@5", "#2 line 2: 2:1@7"])
  }

  @Test func recordNumbersCountSpoiledRecords() {
    #expect(
      Self.fieldPositions("x\n\"a\"b\ny") == ["#1 line 1: 1:1@0", "!unexpectedByteAfterQuote 2:4", "#3 line 3: 3:1@7"])
  }

  @Test func recordEnd() {
    let events = Read.agreed(Array("a,b\r\n\"c\nd\"".utf8))
    let ends = events.compactMap { event -> CSVPosition? in
      if case .record(let record) = event { return record.endPosition }
      return nil
    }
    #expect(
      ends == [
        CSVPosition(line: 1, column: 4, byteOffset: 3, record: 1),
        CSVPosition(line: 3, column: 3, byteOffset: 10, record: 2),
      ])
  }

  @Test func byteAfterQuoteAfterAMultiLineField() {
    #expect(
      Self.errors("x\n\"a\nb\"c") == [
        .unexpectedByteAfterQuote(
          at: CSVPosition(line: 3, column: 3, byteOffset: 7, record: 2), found: "c", recordStartLine: 2)
      ])
  }

  @Test func byteAfterQuoteNamesTheCharacter() {
    // The character is found whole even when a chunk ends inside it.
    #expect(
      Self.errors("é,\"a\"😀") == [
        .unexpectedByteAfterQuote(
          at: CSVPosition(line: 1, column: 6, byteOffset: 6, record: 1), found: "😀", recordStartLine: 1)
      ])
    #expect(
      Self.errors("\"a\"\t") == [
        .unexpectedByteAfterQuote(
          at: CSVPosition(line: 1, column: 4, byteOffset: 3, record: 1), found: "\t", recordStartLine: 1)
      ])
  }

  @Test func byteAfterQuoteAfterLoneCRAndBOM() {
    #expect(
      Self.errors("\u{FEFF}a\r\"b\"x") == [
        .unexpectedByteAfterQuote(
          at: CSVPosition(line: 2, column: 4, byteOffset: 8, record: 2), found: "x", recordStartLine: 2)
      ])
  }

  @Test func unterminatedQuoteIsAtItsOpeningQuote() {
    #expect(
      Self.errors("é,\"ab\ncd") == [
        .unterminatedQuote(opening: CSVPosition(line: 1, column: 3, byteOffset: 3, record: 1), linesSwallowed: 2)
      ])
    // A final line break does not start another swallowed line.
    #expect(
      Self.errors("a\n\"b\nc\n") == [
        .unterminatedQuote(opening: CSVPosition(line: 2, column: 1, byteOffset: 2, record: 2), linesSwallowed: 2)
      ])
    #expect(
      Self.errors("a\r\n\"b\r\n") == [
        .unterminatedQuote(opening: CSVPosition(line: 2, column: 1, byteOffset: 3, record: 2), linesSwallowed: 1)
      ])
    #expect(
      Self.errors("\"\r\r") == [
        .unterminatedQuote(opening: CSVPosition(line: 1, column: 1, byteOffset: 0, record: 1), linesSwallowed: 2)
      ])
  }

  @Test func fieldTooLongIsAtTheFieldStart() {
    let tiny = CSVDialect(maxFieldBytes: 2)
    #expect(
      Self.errors("ab\ncd,\"x\nyz\"", dialect: tiny) == [
        .fieldTooLong(at: CSVPosition(line: 2, column: 4, byteOffset: 6, record: 2), limit: 2, quoted: true)
      ])
    #expect(
      Self.errors("\"a\nb\",éüö", dialect: CSVDialect(maxFieldBytes: 3)) == [
        .fieldTooLong(at: CSVPosition(line: 2, column: 4, byteOffset: 6, record: 1), limit: 3, quoted: false)
      ])
  }
}
