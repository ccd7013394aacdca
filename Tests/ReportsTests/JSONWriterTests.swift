import Testing

@testable import Reports

@Suite struct JSONWriterTests {
  @Test(arguments: [
    ("plain", "\"plain\""), ("say \"hi\"", "\"say \\\"hi\\\"\""), ("back\\slash", "\"back\\\\slash\""),
    ("tab\there", "\"tab\\u0009here\""), ("new\nline", "\"new\\u000Aline\""), ("\u{0}\u{1F}", "\"\\u0000\\u001F\""),
    ("\u{2028}", "\"\\u2028\""), ("x\u{2029}", "\"x\\u2029\""), ("€ … ‰", "\"€ … ‰\""),
    ("東京 é 😀", "\"東京 é 😀\""), ("/", "\"/\""), ("\u{7F}", "\"\u{7F}\""),
  ])
  func stringEscaping(text: String, expected: String) {
    #expect(JSONWriter.quoted(text) == expected)
  }

  @Test func documentKeepsKeyOrderAndIndents() {
    let node = JSONNode.object([
      .init("z", .number("1.50")), .init("a", .null), .init("list", .array([.string("x"), .bool(true)])),
      .init("empty", .array([])), .init("nested", .object([.init("k", .array([.object([])]))])),
    ])
    #expect(
      JSONWriter.document(node) == """
        {
          "z": 1.50,
          "a": null,
          "list": ["x", true],
          "empty": [],
          "nested": {
            "k": [
              {}
            ]
          }
        }

        """)
  }

  @Test func longScalarArraysTakeALinePerElement() {
    let long = String(repeating: "x", count: 80)
    #expect(JSONWriter.document(.array([.string(long)])) == "[\n  \"\(long)\"\n]\n")
  }
}
