import CSV
import Testing

extension ConformanceTests {
  /// CPython's `csv` module (`csv/python-csv/python-csv-cases.json`): `csv.reader` cases, `csv.DictReader`
  /// cases (records turned into dicts the way DictReader does), and the writer cases read back (the text
  /// CPython writes must read as the rows it wrote).
  ///
  /// CPython's default is `strict=False`, which guesses on bad quoting; we report errors instead, as its
  /// `strict=True` does.
  @Suite("python-csv") struct PythonCSV {
    static let unsupportedOption = "needs a csv.reader option our reader does not have: "
    static let verdicts: [String: Verdict] = [
      "odd_quote_after_closing_nodoublequote": .skip(unsupportedOption + "doublequote=False"),
      "escapechar_unquoted": .skip(unsupportedOption + "escapechar"),
      "escapechar_escapes_delimiter": .skip(unsupportedOption + "escapechar"),
      "escapechar_in_quotes_delim": .skip(unsupportedOption + "escapechar"),
      "escapechar_in_quotes_char": .skip(unsupportedOption + "escapechar"),
      "escapechar_escapes_quote": .skip(unsupportedOption + "escapechar"),
      "escapechar_after_closing_quote": .skip(unsupportedOption + "escapechar"),
      "quoting_none_quotes_literal": .skip(unsupportedOption + "quoting=QUOTE_NONE with escapechar"),
      "escaped_excel_fieldsep": .skip(unsupportedOption + "quoting=QUOTE_NONE with escapechar"),
      "skipinitialspace": .skip(unsupportedOption + "skipinitialspace"),
      "skipinitialspace_only_spaces": .skip(unsupportedOption + "skipinitialspace"),
      "space_delimiter_skipinitialspace": .skip(unsupportedOption + "skipinitialspace"),

      "odd_quote_after_closing_nonstrict": .choice(
        .textAfterClosingQuote, ours: #"["!unexpectedByteAfterQuote 1:5"]"#),
      "quotes_and_more": .choice(.textAfterClosingQuote, ours: #"["!unexpectedByteAfterQuote 1:4"]"#),
      "quote_and_quote": .choice(.whitespaceAroundQuotes, ours: #"["!unexpectedByteAfterQuote 1:4"]"#),
      "whitespace_after_closing_quote": .choice(
        .whitespaceAroundQuotes, ours: #"["!unexpectedByteAfterQuote 1:4"]"#),
      "eof_inside_quotes_after_delim": .choice(.unterminatedQuote, ours: #"["!unterminatedQuote 1:3"]"#),
      "eof_inside_quotes": .choice(.unterminatedQuote, ours: #"["!unterminatedQuote 1:1"]"#),
      "unterminated_quote_multiline_eof": .choice(.unterminatedQuote, ours: #"["!unterminatedQuote 1:3"]"#),
      "space_delimiter": .choice(.blankLine, ours: #"[["a","","","b"],["","","a","",""],["","",""]]"#),
      "blank_line_yields_empty_row": .choice(.blankLine, ours: #"[["a"],["b"]]"#),
      "blank_line_crlf": .choice(.blankLine, ours: #"[["a"],["b"]]"#),
      "utf8_bom_not_stripped_by_reader": .choice(.byteOrderMark, ours: #"[["a","b"],["1","2"]]"#),
      "dictreader_bom_in_header": .choice(.byteOrderMark, ours: #"[{"id":"1","name":"x"}]"#),

      "odd_quote_after_closing_strict": .error(ours: #"["!unexpectedByteAfterQuote 1:5"]"#),
      "eof_inside_quotes_after_delim_strict": .error(ours: #"["!unterminatedQuote 1:3"]"#),
      "eof_inside_quotes_strict": .error(ours: #"["!unterminatedQuote 1:1"]"#),
      "unterminated_quote_multiline_eof_strict": .error(ours: #"["!unterminatedQuote 1:3"]"#),
      "quote_after_closing_strict_error": .error(ours: #"["!unexpectedByteAfterQuote 1:6"]"#),
    ]

    /// One case: the text to read, the dialect, and CPython's result as canonical JSON (`"error"` when it
    /// raises).
    struct Case: Sendable, CustomTestStringConvertible {
      enum Kind: Sendable { case reader, dictReader, writerReadBack }
      var name: String
      var kind: Kind
      var input: [UInt8]
      var options: JSONValue
      var expected: String
      var testDescription: String { name }
    }

    static func cases() throws -> [Case] {
      let file = try ConformanceData.json("python-csv/python-csv-cases.json")
      func entries(_ key: String) -> [JSONValue] { file[key]?.array ?? [] }
      let readers = entries("reader").map { entry in
        let expected =
          entry["error"] == .bool(true) ? ConformanceTests.errorMarker : entry["expected"]?.canonicalText ?? ""
        return Case(
          name: entry["name"]?.string ?? "?", kind: .reader, input: Array((entry["input"]?.string ?? "").utf8),
          options: entry["options"] ?? .object([]), expected: expected)
      }
      let dictReaders = entries("dictreader").map { entry in
        Case(
          name: entry["name"]?.string ?? "?", kind: .dictReader, input: Array((entry["input"]?.string ?? "").utf8),
          options: entry["options"] ?? .object([]), expected: entry["expected_objects"]?.canonicalText ?? "")
      }
      let writers = entries("writer").map { entry in
        Case(
          name: entry["name"]?.string ?? "?", kind: .writerReadBack,
          input: Array((entry["expected_text"]?.string ?? "").utf8), options: entry["options"] ?? .object([]),
          expected: entry["rows"]?.canonicalText ?? "")
      }
      return readers + dictReaders + writers
    }

    /// The reader options we have: `delimiter` and `quotechar` (`strict` needs nothing: we are always strict).
    static func dialect(_ options: JSONValue) -> CSVDialect {
      var dialect = CSVDialect()
      if let delimiter = options["delimiter"]?.string?.utf8.first { dialect.delimiter = delimiter }
      if let quote = options["quotechar"]?.string?.utf8.first { dialect.quote = quote }
      return dialect
    }

    /// Records as `csv.DictReader` gives them: keys from `fieldnames` or the first record, a later duplicate
    /// key wins, missing values are `restval` (default `None`), extra values a list under `restkey`.
    static func dictReader(_ events: [ReadEvent], options: JSONValue) -> JSONValue {
      var keys = options["fieldnames"]?.strings
      let restval = options["restval"] ?? .null
      let restkey = options["restkey"]?.string ?? "null"
      var result: [JSONValue] = []
      for event in events {
        guard let fields = event.fields else {
          result.append(.string(event.description))
          continue
        }
        guard let names = keys else {
          keys = fields
          continue
        }
        var members: [(key: String, value: JSONValue)] = []
        func set(_ key: String, _ value: JSONValue) {
          if let index = members.firstIndex(where: { $0.key == key }) {
            members[index].value = value
          } else {
            members.append((key, value))
          }
        }
        for (index, name) in names.enumerated() { set(name, index < fields.count ? .string(fields[index]) : restval) }
        if fields.count > names.count { set(restkey, JSONValue(Array(fields[names.count...]))) }
        result.append(.object(members))
      }
      return .array(result)
    }

    @Test(arguments: try cases().filter { verdicts[$0.name]?.isSkip != true })
    func pythonCase(_ testCase: Case) {
      let events = Read.agreed(testCase.input, dialect: Self.dialect(testCase.options))
      let actual =
        testCase.kind == .dictReader
        ? Self.dictReader(events, options: testCase.options).canonicalText : ConformanceTests.rows(events)
      ConformanceTests.check(
        testCase.name, actual: actual, expected: testCase.expected, verdict: Self.verdicts[testCase.name])
    }

    @Test func tally() throws {
      ConformanceTests.checkTally(
        names: try Self.cases().map(\.name), verdicts: Self.verdicts, expected: Tally(agree: 53, choice: 12, skip: 12))
    }
  }
}
