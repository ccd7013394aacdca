import CSV
import Testing

extension ConformanceTests {
  /// rust-csv's csv-core `parses_to!` table (`csv/rust-csv/csv-core-parses_to.json`).
  ///
  /// csv-core is the low layer that never reports an error: where it guesses (text after a closing quote,
  /// end of input inside quotes) we report an error instead. Its "a blank line yields no record" is our choice
  /// too.
  @Suite("rust-csv csv-core") struct RustCSV {
    static let unsupportedOption = "needs a csv-core option our reader does not have: "
    static let verdicts: [String: Verdict] = [
      "term_weird": .skip(unsupportedOption + "a custom record terminator"),
      "ascii_delimited": .skip(unsupportedOption + "ASCII unit/record separators"),
      "quote_escapes_no_double": .skip(unsupportedOption + "double_quote = false"),
      "quote_escapes": .skip(unsupportedOption + "an escape byte"),
      "quote_escapes_change": .skip(unsupportedOption + "an escape byte"),
      "quote_escapes_with_comma": .skip(unsupportedOption + "an escape byte"),
      "quoting_disabled": .skip(unsupportedOption + "quoting = false"),
      "comment_1": .skip(unsupportedOption + "a comment byte"),
      "comment_2": .skip(unsupportedOption + "a comment byte"),
      "comment_3": .skip(unsupportedOption + "a comment byte"),
      "comment_4": .skip(unsupportedOption + "a comment byte"),
      "comment_5": .skip(unsupportedOption + "a comment byte"),
      // `"a\"b"`: the quote after the backslash closes the field, then `b` follows it.
      "quote_no_escapes": .choice(.textAfterClosingQuote, ours: #"["!unexpectedByteAfterQuote 1:5"]"#),
      // The quote byte is `,`: the first `,` opens a field that `,,` (a doubled quote) never closes.
      "quote_delimiter": .choice(.unterminatedQuote, ours: #"["!unterminatedQuote 1:1"]"#),
    ]

    struct Case: Sendable, CustomTestStringConvertible {
      var name: String
      var input: [UInt8]
      var dialect: CSVDialect
      var expected: String
      var testDescription: String { name }
    }

    static func cases() throws -> [Case] {
      try ConformanceData.json("rust-csv/csv-core-parses_to.json")["cases"]?.array?.map { entry in
        let options = entry["options"]
        var dialect = CSVDialect()
        if let delimiter = options?["delimiter"]?.string?.utf8.first { dialect.delimiter = delimiter }
        if let quote = options?["quote"]?.string?.utf8.first { dialect.quote = quote }
        return Case(
          name: entry["name"]?.string ?? "?", input: Array((entry["input"]?.string ?? "").utf8),
          dialect: dialect, expected: entry["expected"]?.canonicalText ?? "")
      } ?? []
    }

    @Test(arguments: try cases().filter { verdicts[$0.name]?.isSkip != true })
    func parsesTo(_ testCase: Case) {
      let events = Read.agreed(testCase.input, dialect: testCase.dialect)
      ConformanceTests.check(
        testCase.name, actual: ConformanceTests.rows(events), expected: testCase.expected,
        verdict: Self.verdicts[testCase.name])
    }

    /// rust-csv's `examples/data` files, checked against `examples-data/expected.json`: the header, the
    /// number of data records, literal `NULL` text, and the Latin-1 file read through the Windows-1252
    /// fallback.
    @Test(arguments: try exampleNames().filter { exampleVerdicts[$0]?.isSkip != true })
    func examplesData(_ name: String) throws {
      let expectation = try ConformanceData.json("rust-csv/examples-data/expected.json")["files"]?[name] ?? .null
      let options = expectation["options"]
      var dialect = CSVDialect()
      if let delimiter = options?["delimiter"]?.string?.utf8.first { dialect.delimiter = delimiter }
      let text = try DecodedText(decoding: ConformanceData.bytes("rust-csv/examples-data/" + name))
      let events = Read.agreed(text.utf8, dialect: dialect)
      #expect(events.allSatisfy { $0.fields != nil }, "no errors")
      let headers = options?["has_headers"] == .bool(false) ? 0 : 1
      if let count = expectation["data_records"]?.canonicalText {
        #expect(String(events.count - headers) == count)
      }
      if let header = expectation["header"]?.strings { #expect(events.first?.fields == header) }
      if let lines = expectation["lines_with_literal_NULL_1based"]?.array {
        let nullLines = events.compactMap { event -> JSONValue? in
          guard case .record(let record) = event, record.fields.contains("NULL") else { return nil }
          return .number(String(record.startLine))
        }
        #expect(nullLines == lines)
      }
      if let value = expectation["decoded_value_at_line_4_col_1"]?.string {
        #expect(
          text.encoding == .windows1252(firstInvalidUTF8: CSVPosition(line: 4, column: 1, byteOffset: 125, record: 0)))
        guard
          case .record(let record)? = events.first(where: {
            if case .record(let r) = $0 { r.startLine == 4 } else { false }
          })
        else {
          Issue.record("no record on line 4")
          return
        }
        #expect(record.fields.first == value)
        #expect(record.fieldPositions.first?.column == 1)
      }
    }

    static let exampleVerdicts: [String: Verdict] = [
      "strange.csv": .skip(unsupportedOption + "an escape byte, double_quote = false and a comment byte")
    ]

    static func exampleNames() throws -> [String] {
      guard case .object(let files) = try ConformanceData.json("rust-csv/examples-data/expected.json")["files"] else {
        return []
      }
      return files.map(\.key)
    }

    @Test func examplesTally() throws {
      ConformanceTests.checkTally(
        names: try Self.exampleNames(), verdicts: Self.exampleVerdicts, expected: Tally(agree: 6, choice: 0, skip: 1))
    }

    @Test func tally() throws {
      ConformanceTests.checkTally(
        names: try Self.cases().map(\.name), verdicts: Self.verdicts, expected: Tally(agree: 49, choice: 2, skip: 12))
    }
  }
}
