import Testing

@testable import ClientWorthCLI

/// The settings file's JSON parser: numbers stay text, positions are exact, errors say where.
@Suite struct JSONParserTests {
  private func parse(_ text: String) throws -> JSONNode { try JSONParser.parse(Array(text.utf8)) }

  @Test func numbersKeepTheirDecimalText() throws {
    let node = try parse(#"{"a": 0.10, "b": 1.0825, "c": -3, "d": 2e3}"#)
    guard case .object(let members) = node.value else {
      Issue.record("not an object")
      return
    }
    #expect(members.map(\.key) == ["a", "b", "c", "d"])
    #expect(members.map(\.node.value) == [.number("0.10"), .number("1.0825"), .number("-3"), .number("2e3")])
  }

  @Test func valuesKnowTheirLineAndColumn() throws {
    let node = try parse("{\n  \"name\": [true, null],\n  \"é\": \"x\"\n}")
    guard case .object(let members) = node.value, case .array(let items) = members[0].node.value else {
      Issue.record("unexpected shape")
      return
    }
    #expect((node.line, node.column) == (1, 1))
    #expect((members[0].line, members[0].column) == (2, 3))
    #expect((members[0].node.line, members[0].node.column) == (2, 11))
    #expect(items.map(\.value) == [.bool(true), .null])
    #expect((items[1].line, items[1].column) == (2, 18))
    // Columns count characters, not UTF-8 bytes: "é" is one column.
    #expect((members[1].node.line, members[1].node.column) == (3, 8))
  }

  @Test func stringEscapes() throws {
    let node = try parse(#"["a\"b\\c\/\n\t\u00e9\ud83d\ude00"]"#)
    #expect(node.value == .array([JSONNode(value: .string("a\"b\\c/\n\té😀"), line: 1, column: 2)]))
  }

  @Test(arguments: [
    ("{\"a\": 1,}", 1, 9, "expected a key in double quotes"),
    ("{\"a\" 1}", 1, 6, "expected ':' after the key"),
    ("{\n  \"a\": 01\n}", 2, 9, "expected ',' or '}'"),
    ("{\"a\": 1.}", 1, 9, "invalid number: expected digits after '.'"),
    ("{\"a\": \"x", 1, 9, "unterminated string"),
    ("{\"a\": 1, \"a\": 2}", 1, 10, "duplicate key \"a\""),
    ("{} x", 1, 4, "unexpected text after the end of the JSON value"),
    ("", 1, 1, "unexpected end of file, expected a value"),
    ("{\"a\": tru}", 1, 7, "expected a value"),
    ("[\"\\q\"]", 1, 3, "invalid escape '\\q'"),
  ])
  func malformedJSONSaysWhere(text: String, line: Int, column: Int, message: String) {
    #expect(thrownMessage { try parse(text) } == "\(line):\(column): \(message)")
  }

  @Test func nestingIsLimitedInsteadOfOverflowingTheStack() throws {
    let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
    #expect(thrownMessage { try parse(deep) } == "1:65: nested more than 64 levels deep; settings need a few")
    let allowed = String(repeating: "[", count: 64) + String(repeating: "]", count: 64)
    #expect(throws: Never.self) { try parse(allowed) }
  }

  /// 100,000 keys on one line: the duplicate check and the columns stay linear (seconds, not
  /// hours, if either became quadratic again), and the last key's column is still exact.
  @Test func aHundredThousandKeysOnOneLine() throws {
    let members = (0..<100_000).map { #""k\#($0)": 1"# }
    let node = try parse("{" + members.joined(separator: ",") + "}")
    guard case .object(let parsed) = node.value else {
      Issue.record("not an object")
      return
    }
    #expect(parsed.count == 100_000)
    let expectedColumn = 2 + members.dropLast().reduce(0) { $0 + $1.count + 1 }
    #expect(parsed.last?.column == expectedColumn)
    #expect(thrownMessage { try parse(#"{"k0": 1,"k0": 2}"#) } == #"1:10: duplicate key "k0""#)
  }
}
