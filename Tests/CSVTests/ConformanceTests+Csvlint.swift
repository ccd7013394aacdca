import CSV
import Testing

extension ConformanceTests {
  /// csvlint.rb's verdicts (`csv/csvlint/expected.json`) on its fixtures and feature-file scenarios.
  ///
  /// csvlint is a strict validator, so its verdict is compared with what the reader lets an importer see:
  /// `{"valid": ..., "errors": [...]}`, where our errors are named in csvlint's words when they mean the same
  /// (an unterminated quote is `unclosed_quote`, a record whose field count differs from the first record's
  /// is `ragged_rows`, a file that is not text is `invalid_encoding`) and `!name line:column` otherwise.
  /// Rows are csvlint's 1-based physical rows, our record numbers. csvlint's warnings are not compared: the
  /// reader gives none.
  @Suite("csvlint") struct Csvlint {
    static let verdicts: [String: Verdict] = [
      "fixtures/spreadsheet.xlsx": .skip("csvlint gives no verdict on it (see notCSVFiles for ours)"),
      "fixtures/inconsistent-line-endings.csv": .choice(.lineEndings, ours: #"{"errors":[],"valid":true}"#),
      "fixtures/inconsistent-line-endings-unquoted.csv": .choice(.lineEndings, ours: #"{"errors":[],"valid":true}"#),
      // Not UTF-8, so read as Windows-1252 (the spec's fallback), with a note.
      "fixtures/invalid-byte-sequence.csv": .choice(.encoding, ours: #"{"errors":[],"valid":true}"#),
      "scenarios/validation-errors-successfully-report-a-csv-with-incorrect-whitespace.csv": .choice(
        .whitespaceAroundQuotes, ours: #"{"errors":[],"valid":true}"#),
      "scenarios/parse-csv-successfully-report-a-csv-with-incorrect-whitespace.csv": .choice(
        .whitespaceAroundQuotes, ours: #"{"errors":[],"valid":true}"#),
      "scenarios/parse-csv-successfully-report-an-invalid-csv.csv": .choice(
        .whitespaceAroundQuotes, ours: #"{"errors":[],"valid":true}"#),
      "scenarios/validation-errors-successfully-report-a-csv-with-blank-rows.csv": .choice(
        .blankLine, ours: #"{"errors":[],"valid":true}"#),
      "scenarios/validation-errors-successfully-report-a-csv-with-multiple-trailing-empty-rows.csv": .choice(
        .blankLine, ours: #"{"errors":[],"valid":true}"#),
      "scenarios/validation-errors-successfully-report-a-csv-with-an-empty-row.csv": .choice(
        .blankLine, ours: #"{"errors":[],"valid":true}"#),
      "fixtures/invalid_many_rows.csv": .error(ours: #"{"errors":["!unexpectedByteAfterQuote 4:12"],"valid":false}"#),
      "scenarios/parse-csv-successfully-report-a-csv-with-incorrect-quoting.csv": .error(
        ours: #"{"errors":["!unclosed_quote row 1"],"valid":false}"#),
      "scenarios/parse-csv-successfully-report-a-csv-with-ragged-rows.csv": .error(
        ours: #"{"errors":["!ragged_rows row 3"],"valid":false}"#),
    ]

    struct Case: Sendable, CustomTestStringConvertible {
      var name: String
      var dialect: CSVDialect
      var expected: String
      var testDescription: String { name }
    }

    static func cases() throws -> [Case] {
      try (ConformanceData.json("csvlint/expected.json")["cases"]?.array ?? []).map { entry in
        var dialect = CSVDialect()
        if let delimiter = entry["options"]?["delimiter"]?.string?.utf8.first { dialect.delimiter = delimiter }
        if let quote = entry["options"]?["quotechar"]?.string?.utf8.first { dialect.quote = quote }
        let errors = (entry["errors"]?.array ?? []).map { error in
          JSONValue.string(
            "!" + (error["type"]?.string ?? "?") + (error["row"].map { " row \($0.canonicalText)" } ?? ""))
        }
        let valid = entry["valid"] ?? .bool(true)
        let expected =
          valid == .bool(false) && errors.isEmpty
          ? ConformanceTests.errorMarker
          : JSONValue.object([("valid", valid), ("errors", .array(errors))]).canonicalText
        return Case(name: entry["file"]?.string ?? "?", dialect: dialect, expected: expected)
      }
    }

    /// Our verdict in csvlint's form.
    static func observed(_ name: String, dialect: CSVDialect) throws -> JSONValue {
      var errors: [String] = []
      let bytes = try ConformanceData.bytes("csvlint/" + name)
      do {
        let text = try DecodedText(decoding: bytes)
        let events = Read.agreed(text.utf8, dialect: dialect)
        let width = events.first?.fields?.count
        for event in events {
          switch event {
          case .record(let record) where record.fields.count != width:
            errors.append("!ragged_rows row \(record.number)")
          case .error(.unterminatedQuote(let opening, _)):
            errors.append("!unclosed_quote row \(opening.record)")
          case .error(let error):
            errors.append(error.shortDescription)
          case .record:
            break
          }
        }
      } catch .notCSV {
        errors.append("!invalid_encoding")
      } catch {
        errors.append(error.shortDescription)
      }
      return .object([("valid", .bool(errors.isEmpty)), ("errors", JSONValue(errors))])
    }

    @Test(arguments: try cases().filter { verdicts[$0.name]?.isSkip != true })
    func csvlintCase(_ testCase: Case) throws {
      ConformanceTests.check(
        testCase.name, actual: try Self.observed(testCase.name, dialect: testCase.dialect).canonicalText,
        expected: testCase.expected, verdict: Self.verdicts[testCase.name])
    }

    /// The two workbooks csvlint keeps as "not a CSV" inputs are recognised by their first bytes.
    @Test func notCSVFiles() throws {
      #expect(throws: CSVError.notCSV(kind: .legacyExcelWorkbook)) {
        try DecodedText(decoding: ConformanceData.bytes("csvlint/fixtures/spreadsheet.xls"))
      }
      #expect(throws: CSVError.notCSV(kind: .zipWorkbook)) {
        try DecodedText(decoding: ConformanceData.bytes("csvlint/fixtures/spreadsheet.xlsx"))
      }
    }

    @Test func tally() throws {
      ConformanceTests.checkTally(
        names: try Self.cases().map(\.name), verdicts: Self.verdicts, expected: Tally(agree: 18, choice: 9, skip: 1))
    }
  }
}
