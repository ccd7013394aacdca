import CSV
import Testing

extension ConformanceTests {
  /// Apache Commons CSV (`csv/commons-csv`): the `CSVFileParser` control files, compared line by line in
  /// their own `N:[v1, v2, ...]` form, and the other files against `expected.json`.
  @Suite("commons-csv") struct CommonsCSV {
    static let comments = "needs a comment marker, an option our reader does not have"
    static let verdicts: [String: Verdict] = [
      "CSVFileParser/test_default_comment.txt": .skip(comments),
      "CSVFileParser/testCSV85_default.txt": .skip(comments),
      "CSVFileParser/testCSV85_ignoreEmpty.txt": .skip(comments),
      "CSVFileParser/testCSV246_checkWithNoComment.txt": .skip(comments),
      "CSVFileParser/test_rfc4180_trim.txt": .skip("needs IgnoreSpaces (trimming), an option we do not have"),
      "CSV-290/psql.tsv": .skip("PostgreSQL's text format (backslash escapes, \\N), not CSV"),
      "csv-167/sample1.csv": .skip(comments + ", nor a backslash escape"),
      // `" l " ` on line 7: a space after the closing quote.
      "CSVFileParser/test_default.txt": .choice(
        .whitespaceAroundQuotes,
        ours: #"""
          ["4:[A, B, C, D]","1:[# plain values]","4:[a, b, c, d]","1:[# spaces before and after]",
          "4:[ e , f ,  g, h ]","1:[# quoted: with spaces before and after]","!unexpectedByteAfterQuote 7:27",
          "1:[# empty values]","4:[, , , ]","1:[# empty quoted values]","4:[, , , ]","1:[# 3 empty lines]",
          "1:[# EOF on next line]"]
          """#),
      // The same, and Commons' RFC 4180 format reads each of the three blank lines as a record `1:[]`.
      "CSVFileParser/test_rfc4180.txt": .choice(
        .blankLine,
        ours: #"""
          ["4:[A, B, C, D]","1:[# plain values]","4:[a, b, c, d]","1:[# spaces before and after]",
          "4:[ e , f ,  g, h ]","1:[# quoted: with spaces before and after]","!unexpectedByteAfterQuote 7:27",
          "1:[# empty values]","4:[, , , ]","1:[# empty quoted values]","4:[, , , ]","1:[# 3 empty lines]",
          "1:[# EOF on next line]"]
          """#),
      // PostgreSQL's CSV format reads an unquoted empty field as NULL; ours is "" (and not quoted).
      "CSV-254/csv-254.csv": .choice(.emptyValues, ours: #"[["AA","33",""],["AA","",""],["","33","CC"]]"#),
      "CSV-290/psql.csv": .choice(
        .emptyValues,
        ours: #"""
          {"record1":["1","abc","test line 1\ntest line 2","",""],
          "record2_field3":"\\b:\b \\t:\t \\n:\n \\r:\r","record3":["3","a","b,c,d","\"quoted\"","e"]}
          """#),
    ]

    static func names() throws -> [String] {
      let controls = try ConformanceData.files(in: "commons-csv/CSVFileParser").filter { $0.hasSuffix(".txt") }
      guard case .object(let files) = try ConformanceData.json("commons-csv/expected.json")["files"] else {
        return []
      }
      return controls.map { "CSVFileParser/" + $0 } + files.map(\.key) + ["CSVFileParser/bom.csv"]
    }

    /// A record the way the control files write it: field count, then the values joined by `, `.
    static func controlLine(_ event: ReadEvent) -> String {
      guard let fields = event.fields else { return event.description }
      return "\(fields.count):[\(fields.joined(separator: ", "))]"
    }

    /// Reads a control file: the input it names, and the expected record lines.
    static func control(_ name: String) throws -> (actual: String, expected: String) {
      let lines = String(decoding: try ConformanceData.bytes("commons-csv/" + name), as: UTF8.self)
        .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      let input = String(lines.first?.split(separator: " ").first ?? "")
      let expected = lines.dropFirst(2).filter { !$0.isEmpty }
      let events = Read.agreed(try ConformanceData.bytes("commons-csv/CSVFileParser/" + input))
      return (JSONValue(events.map(controlLine)).canonicalText, JSONValue(Array(expected)).canonicalText)
    }

    /// Reads one of the other files and compares what `expected.json` says about it.
    static func file(_ name: String) throws -> (actual: String, expected: String) {
      let expectation = try ConformanceData.json("commons-csv/expected.json")["files"]?[name] ?? .null
      let bytes = try ConformanceData.bytes("commons-csv/" + name)
      switch name {
      case "CSV-196/emoji.csv", "CSV-196/japanese.csv":
        // Record start offsets count UTF-8 bytes.
        let events = Read.agreed(bytes, dialect: CSVDialect(quote: UInt8(ascii: "'")))
        let offsets = events.map { event in
          if case .record(let record) = event { return JSONValue.number(String(record.startByteOffset)) }
          return .string(event.description)
        }
        let expected = JSONValue.object([
          ("records", expectation["records"] ?? .null),
          ("record_start_byte_offsets", expectation["record_start_byte_offsets"] ?? .null),
        ])
        let actual = JSONValue.object([
          ("records", .number(String(events.count))), ("record_start_byte_offsets", .array(offsets)),
        ])
        return (actual.canonicalText, expected.canonicalText)
      case "CSV-213/999751170.patch.csv":
        let events = Read.agreed(bytes, dialect: CSVDialect(delimiter: UInt8(ascii: ";")))
        let expected = JSONValue.array([expectation["header"] ?? .null] + (expectation["expected"]?.array ?? []))
        return (ConformanceTests.rows(events), expected.canonicalText)
      case "CSV-254/csv-254.csv":
        return (ConformanceTests.rows(Read.agreed(bytes)), expectation["expected"]?.canonicalText ?? "")
      case "CSV-290/psql.csv":
        let records = Read.agreed(bytes).map { $0.fields.map(JSONValue.init) ?? .string($0.description) }
        let field3 = records.count > 1 ? records[1].array?[2] ?? .null : .null
        let actual = JSONValue.object([
          ("record1", records.first ?? .null), ("record2_field3", field3),
          ("record3", records.count > 2 ? records[2] : .null),
        ])
        return (actual.canonicalText, expectation["expected_fields"]?.canonicalText ?? "")
      case "CSVFileParser/bom.csv":
        // Commons' tests require the first header name to be exactly `Date`: the BOM must not stay in it.
        let text = try DecodedText(decoding: bytes)
        let header = Read.agreed(text.utf8).first?.fields?.first
        return (JSONValue.string(header ?? "?").canonicalText, #""Date""#)
      default:
        return ("no comparison for \(name)", "")
      }
    }

    @Test(arguments: try names().filter { verdicts[$0]?.isSkip != true })
    func commonsCase(_ name: String) throws {
      let (actual, expected) = try name.hasSuffix(".txt") ? Self.control(name) : Self.file(name)
      ConformanceTests.check(name, actual: actual, expected: expected, verdict: Self.verdicts[name])
    }

    /// CSV-254's point: `,,` and `,"",` read as the same "", and the record still says which was quoted.
    @Test func quotedEmptyIsTold() throws {
      let events = Read.agreed(try ConformanceData.bytes("commons-csv/CSV-254/csv-254.csv"))
      let quoted = events.map { event -> [Bool] in
        if case .record(let record) = event { return record.quoted }
        return []
      }
      #expect(quoted == [[false, false, false], [false, false, true], [false, false, false]])
    }

    @Test func tally() throws {
      ConformanceTests.checkTally(
        names: try Self.names(), verdicts: Self.verdicts, expected: Tally(agree: 4, choice: 4, skip: 7))
    }
  }
}
