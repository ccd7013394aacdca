import CSV
import Testing

extension ConformanceTests {
  /// csvkit's example files (`csv/csvkit`), the suite for encodings: each file's exact bytes go through
  /// ``CSV/DecodedText`` (BOM, UTF-16, the Windows-1252 fallback, NUL) and then the reader, and must give the
  /// rows CPython returns after decoding the file with the encoding named in `expected.json`.
  @Suite("csvkit") struct Csvkit {
    static let verdicts: [String: Verdict] = [
      "null_byte.csv": .choice(.nulByte, ours: #"["!nulByte 2:1"]"#),
      "empty.csv": .choice(.blankLine, ours: "[]"),
      "test_skip_lines.csv": .choice(.blankLine, ours: #"[["a","b","c"],["1","2","3"]]"#),
      "bad_skip_lines.csv": .choice(
        .blankLine,
        ours: #"""
          [["column_a","column_b","column_c"],["1","27","","I'm too long!"],["","I'm too short!"],
          ["0","mixed types.... uh oh","17"]]
          """#),
    ]

    /// The encoding ``CSV/DecodedText`` must report for the files that are not plain UTF-8.
    static let encodings: [String: String] = [
      "test_utf16_big.csv": "UTF-16BE",
      "test_utf16_little.csv": "UTF-16LE",
      "test_utf8_bom.csv": "UTF-8 (BOM)",
      "test_latin1.csv": "Windows-1252",
    ]

    static func expectations() throws -> JSONValue {
      try ConformanceData.json("csvkit/expected.json")["files"] ?? .object([])
    }

    static func names() throws -> [String] {
      guard case .object(let members) = try expectations() else { return [] }
      return members.map(\.key)
    }

    /// Decodes and reads a file: the decoding error, or the records.
    static func read(_ name: String, delimiter: UInt8?) throws -> (encoding: String?, events: [ReadEvent]) {
      do {
        let text = try DecodedText(decoding: ConformanceData.bytes("csvkit/examples/\(name)"))
        var dialect = CSVDialect()
        if let delimiter { dialect.delimiter = delimiter }
        return (text.encoding.name, Read.agreed(text.utf8, dialect: dialect))
      } catch let error as CSVError {
        return (nil, [.error(error)])
      }
    }

    @Test(arguments: try names())
    func csvkitFile(_ name: String) throws {
      let expectation = try Self.expectations()[name]
      let delimiter = expectation?["options"]?["delimiter"]?.string?.utf8.first
      let (encoding, events) = try Self.read(name, delimiter: delimiter)
      ConformanceTests.check(
        name, actual: ConformanceTests.rows(events),
        expected: expectation?["expected_rows_raw_parse"]?.canonicalText ?? "", verdict: Self.verdicts[name])
      #expect(encoding == Self.encodings[name] ?? (encoding == nil ? nil : "UTF-8"))
    }

    @Test func tally() throws {
      ConformanceTests.checkTally(
        names: try Self.names(), verdicts: Self.verdicts, expected: Tally(agree: 20, choice: 4, skip: 0))
    }
  }
}
