import CSV
import Testing

extension ConformanceTests {
  /// Papa Parse's `CORE_PARSER_TESTS` and `PARSE_TESTS` (`csv/papaparse/papaparse-cases.json`), compared as
  /// `{"data": ..., "errors": [...]}`.
  ///
  /// - `header: true` is applied to our records the way Papa does (``ConformanceTests/objects(_:extraKey:)``),
  ///   and its field-count errors are worked out from them: `TooFewFields row N` / `TooManyFields row N`.
  /// - Papa's quote errors are written `MissingQuotes row N` / `InvalidQuotes row N`; ours as
  ///   `!name line:column`. Papa keeps going after them with a guess, so every such case is a choice.
  /// - Papa's `Delimiter` errors are about guessing the delimiter and are left out: our reader is given one.
  ///   Where Papa had to guess a delimiter other than `,`, ``guessedDelimiters`` gives it the one it guessed.
  /// - `newline` needs no option (we accept CR, LF and CRLF anyway) and `skipEmptyLines: true` is what we do
  ///   anyway, so those cases run.
  @Suite("papaparse") struct PapaParse {
    static let comments = "needs a comment prefix, an option our reader does not have"
    static let notCSV = "tests a Papa feature beyond reading CSV (the README says to skip it): "
    static let verdicts: [String: Verdict] = [
      "core: Commented line at beginning": .skip(comments),
      "core: Commented line in middle": .skip(comments),
      "core: Commented line at end": .skip(comments),
      "core: Two comment lines consecutively": .skip(comments),
      "core: Two comment lines consecutively at end of file": .skip(comments),
      "core: Three comment lines consecutively at beginning of file": .skip(comments),
      "core: Entire file is comment lines": .skip(comments),
      "core: Comment with non-default character": .skip(comments),
      "core: Bad comments value specified": .skip(comments + " (here an invalid one Papa ignores)"),
      "core: Multi-character comment string": .skip(comments),
      "core: Input with only a commented line": .skip(comments),
      "core: Input with only a commented line and blank line after": .skip(comments),
      "parse: Lines with comments are not used when guessing the delimiter in an escaped file": .skip(comments),
      "parse: Lines with comments are not used when guessing the delimiter in a non-escaped file": .skip(comments),
      "parse: Header row with preceding comment": .skip(comments),
      "core: Fast mode, basic": .skip(notCSV + "fastMode"),
      "core: Fast mode with comments": .skip(notCSV + "fastMode"),
      "core: Fast mode with preview": .skip(notCSV + "fastMode"),
      "core: Fast mode with blank line at end": .skip(notCSV + "fastMode"),
      "parse: Dynamic typing converts numeric literals and maintains precision": .skip(notCSV + "dynamicTyping"),
      "parse: Dynamic typing converts boolean literals": .skip(notCSV + "dynamicTyping"),
      "parse: Dynamic typing doesn't convert other types": .skip(notCSV + "dynamicTyping"),
      "parse: Dynamic typing applies to specific columns": .skip(notCSV + "dynamicTyping"),
      "parse: Dynamic typing applies to specific columns by index": .skip(notCSV + "dynamicTyping"),
      "parse: Dynamic typing can be applied to `__parsed_extra`": .skip(notCSV + "dynamicTyping"),
      "parse: Dynamic typing converts empty values into NULL": .skip(notCSV + "dynamicTyping"),
      "parse: Preview 0 rows should default to parsing all": .skip(notCSV + "preview"),
      "parse: Preview 1 row": .skip(notCSV + "preview"),
      "parse: Preview 2 rows": .skip(notCSV + "preview"),
      "parse: Preview all (3) rows": .skip(notCSV + "preview"),
      "parse: Preview more rows than input has": .skip(notCSV + "preview"),
      "parse: Preview should count rows, not lines": .skip(notCSV + "preview"),
      "parse: Preview with header row": .skip(notCSV + "preview"),
      "parse: Skip First N number of lines , with header and 2 rows": .skip(notCSV + "skipFirstNLines"),
      "parse: Skip First N number of lines , with header and 2 rows #2": .skip(notCSV + "skipFirstNLines"),
      "parse: Skip First N number of lines , with header false": .skip(notCSV + "skipFirstNLines"),
      "parse: Skip First N number of lines , with header false and skipFirstNLines as negative value": .skip(
        notCSV + "skipFirstNLines"),
      "parse: Skip first 2 lines , with custom newline character": .skip(notCSV + "skipFirstNLines"),
      "parse: Custom escape character in the middle": .skip("needs an escape character, which we do not have"),
      "parse: Custom escape character at the end": .skip("needs an escape character, which we do not have"),
      "parse: Custom escape character not used for escaping": .skip("needs an escape character, which we do not have"),
      "parse: Multi-character delimiter": .skip("a delimiter of two bytes; ours is one byte"),
      "parse: Multi-character delimiter (length 2) with quoted field": .skip(
        "a delimiter of two bytes; ours is one byte"),
      "parse: Bad delimiter (\\n)": .skip(
        "a line feed as delimiter, which Papa replaces by `,`; we take no such dialect"),
      "parse: Parsing with skipEmptyLines set to 'greedy'": .skip(
        notCSV + "skipEmptyLines 'greedy' (dropping rows of blank fields is the importer's policy)"),
      "parse: Parsing with skipEmptyLines set to 'greedy' with quotes and delimiters as content": .skip(
        notCSV + "skipEmptyLines 'greedy' (dropping rows of blank fields is the importer's policy)"),
      "core: Simple duplicated header names": .skip(notCSV + "renaming duplicate headers"),
      "core: Duplicated header names existing column": .skip(notCSV + "renaming duplicate headers"),
      "core: Duplicate header names with __proto__ field": .skip(notCSV + "renaming duplicate headers"),

      "core: Quoted field has no closing quote": .choice(
        .unterminatedQuote, ours: #"{"data":[],"errors":["!unterminatedQuote 1:3"]}"#),
      "core: Quoted field has invalid trailing quote after delimiter with a valid closer": .choice(
        .textAfterClosingQuote, ours: #"{"data":[["d","e","f"]],"errors":["!unexpectedByteAfterQuote 1:5"]}"#),
      "core: Quoted field has invalid trailing quote after delimiter": .choice(
        .textAfterClosingQuote, ours: #"{"data":[["d","e","f"]],"errors":["!unexpectedByteAfterQuote 1:7"]}"#),
      "core: Quoted field has invalid trailing quote before delimiter": .choice(
        .textAfterClosingQuote, ours: #"{"data":[["e","f","g"]],"errors":["!unexpectedByteAfterQuote 1:6"]}"#),
      // The quote after `d` on line 2 closes the field that opened on line 1; `e` follows it.
      "core: Quoted field has invalid trailing quote after new line": .choice(
        .textAfterClosingQuote, ours: #"{"data":[],"errors":["!unexpectedByteAfterQuote 2:3"]}"#),
      "parse: Quoted fields with spaces between closing quote and next delimiter": .choice(
        .whitespaceAroundQuotes,
        ours: #"{"data":[],"errors":["!unexpectedByteAfterQuote 1:6","!unexpectedByteAfterQuote 2:8"]}"#),
      "parse: Quoted fields with spaces between closing quote and next new line": .choice(
        .whitespaceAroundQuotes,
        ours:
          #"{"data":[["Q","W","E","R"]],"errors":["!unexpectedByteAfterQuote 1:10","!unexpectedByteAfterQuote 2:10"]}"#
      ),
      "parse: Quoted fields with spaces after closing quote": .choice(
        .whitespaceAroundQuotes,
        ours: #"""
          {"data":[],"errors":["!unexpectedByteAfterQuote 1:6","!unexpectedByteAfterQuote 2:8",
          "!unexpectedByteAfterQuote 3:8"]}
          """#),
      "parse: Quoted fields with spaces between closing quote and next delimiter and contains delimiter": .choice(
        .whitespaceAroundQuotes, ours: #"{"data":[["E","F","G","H"]],"errors":["!unexpectedByteAfterQuote 1:7"]}"#),
      "parse: Quoted fields with spaces between closing quote and newline and contains newline": .choice(
        .whitespaceAroundQuotes, ours: #"{"data":[["d","e","f"]],"errors":["!unexpectedByteAfterQuote 2:2"]}"#),
      "core: One column input with empty fields": .choice(
        .blankLine, ours: #"{"data":[["a"],["b"],["c"],["d"],["e"]],"errors":[]}"#),
      "parse: Blank line at beginning": .choice(
        .blankLine, ours: #"{"data":[["a","b","c"],["d","e","f"]],"errors":[]}"#),
      "parse: Blank line in middle": .choice(.blankLine, ours: #"{"data":[["a","b","c"],["d","e","f"]],"errors":[]}"#),
      "parse: Blank lines at end": .choice(.blankLine, ours: #"{"data":[["a","b","c"],["d","e","f"]],"errors":[]}"#),
      "parse: Empty lines": .choice(.blankLine, ours: #"{"data":[["a","b","c"],["d","e","f"]],"errors":[]}"#),
      // Papa takes the first line break it sees as the only one; a later CR is then data.
      "parse: Mixed slash n and slash r should choose first as precident": .choice(
        .lineEndings, ours: #"{"data":[["a","b","c"],["d","e","f"],["g","h","i"]],"errors":[]}"#),
    ]

    /// Cases where Papa guessed a delimiter other than `,`: run with the one it guessed.
    static let guessedDelimiters: [String: UInt8] = [
      "parse: Pipe delimiter is guessed correctly when mixed with comas": UInt8(ascii: "|"),
      "parse: Pipe delimiter is guessed correctly when first field are enclosed in quotes and contain delimiter characters":
        UInt8(ascii: ";"),
      "parse: Pipe delimiter is guessed correctly when some fields are enclosed in quotes and contain delimiter characters and escaoped quotes":
        UInt8(ascii: ";"),
    ]

    /// The config keys we can honour; a case with any other key must be skipped.
    static let understoodConfig: Set<String> = ["header", "delimiter", "quoteChar", "newline", "skipEmptyLines"]

    struct Case: Sendable, CustomTestStringConvertible {
      var name: String
      var input: [UInt8]
      var config: JSONValue
      var expected: String
      var testDescription: String { name }
      var header: Bool { config["header"] == .bool(true) }
    }

    static func cases() throws -> [Case] {
      let file = try ConformanceData.json("papaparse/papaparse-cases.json")
      var seen: [String: Int] = [:]
      var result: [Case] = []
      for (section, prefix) in [("core_parser", "core"), ("parse", "parse")] {
        for entry in file[section]?.array ?? [] {
          var name = "\(prefix): \(entry["description"]?.string ?? "?")"
          seen[name, default: 0] += 1
          if let count = seen[name], count > 1 { name += " #\(count)" }
          let expected = entry["expected"]
          let errors = (expected?["errors"]?.array ?? []).filter { $0["type"]?.string != "Delimiter" }.map {
            JSONValue.string("\($0["code"]?.string ?? "?") row \($0["row"]?.canonicalText ?? "?")")
          }
          let form = JSONValue.object([("data", expected?["data"] ?? .null), ("errors", .array(errors))])
          result.append(
            Case(
              name: name, input: Array((entry["input"]?.string ?? "").utf8), config: entry["config"] ?? .object([]),
              expected: form.canonicalText))
        }
      }
      return result
    }

    /// Our result in Papa's form.
    static func observed(_ events: [ReadEvent], header: Bool) -> JSONValue {
      let records = events.compactMap(\.fields)
      var errors = events.filter { $0.fields == nil }.map { JSONValue.string($0.description) }
      var data = JSONValue(events.filter { $0.fields != nil })
      if header {
        data = ConformanceTests.objects(events.filter { $0.fields != nil })
        let width = records.first?.count ?? 0
        for (row, record) in records.dropFirst().enumerated() where record.count != width {
          errors.append(.string("\(record.count < width ? "TooFewFields" : "TooManyFields") row \(row)"))
        }
      }
      return .object([("data", data), ("errors", .array(errors))])
    }

    @Test(arguments: try cases().filter { verdicts[$0.name]?.isSkip != true })
    func papaCase(_ testCase: Case) {
      var dialect = CSVDialect()
      if let delimiter = testCase.config["delimiter"]?.string?.utf8.first ?? Self.guessedDelimiters[testCase.name] {
        dialect.delimiter = delimiter
      }
      if let quote = testCase.config["quoteChar"]?.string?.utf8.first { dialect.quote = quote }
      let events = Read.agreed(testCase.input, dialect: dialect)
      ConformanceTests.check(
        testCase.name, actual: Self.observed(events, header: testCase.header).canonicalText,
        expected: testCase.expected, verdict: Self.verdicts[testCase.name])
    }

    /// `utf-8-bom-sample.csv`: the BOM is removed, so the first header is exactly `A`.
    @Test func bomSampleFile() throws {
      let text = try DecodedText(decoding: ConformanceData.bytes("papaparse/utf-8-bom-sample.csv"))
      #expect(text.encoding == .utf8WithByteOrderMark)
      #expect(Read.summary(Read.agreed(text.utf8)).first == .record(["A", "B", "C"]))
      #expect(
        Read.agreed(try ConformanceData.bytes("papaparse/utf-8-bom-sample.csv")).first?.fields == ["A", "B", "C"])
    }

    /// Every case whose config asks for something we cannot honour is in the skip list.
    @Test func unsupportedConfigsAreSkipped() throws {
      for testCase in try Self.cases() {
        guard case .object(let members) = testCase.config else { continue }
        let delimiter = testCase.config["delimiter"]?.string
        let understood = members.allSatisfy { member in
          switch member.key {
          case "delimiter": delimiter?.utf8.count == 1 && delimiter != "\n"
          case "skipEmptyLines": member.value == .bool(true)
          default: Self.understoodConfig.contains(member.key)
          }
        }
        if !understood { #expect(Self.verdicts[testCase.name]?.isSkip == true, "\(testCase.name)") }
      }
    }

    @Test func tally() throws {
      ConformanceTests.checkTally(
        names: try Self.cases().map(\.name), verdicts: Self.verdicts, expected: Tally(agree: 84, choice: 16, skip: 49))
    }
  }
}
