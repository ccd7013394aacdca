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

    @Test func tally() throws {
      ConformanceTests.checkTally(
        names: try Self.cases().map(\.name), verdicts: Self.verdicts, expected: Tally(agree: 49, choice: 2, skip: 12))
    }
  }
}
