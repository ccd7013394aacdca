/// Writes a `JSONNode` as indented JSON text ending in a newline.
///
/// Hand-written rather than `JSONEncoder` so key order and number text are exactly what the spec
/// and docs/output.md say. Objects and arrays take a line per member, indented by two spaces;
/// an array of scalars that fits in 80 columns stays on one line.
public enum JSONWriter {
  /// The whole document, with a final newline. Written as UTF-8 bytes and made a string once: a
  /// report writes a few appends for each of thousands of members.
  static func document(_ node: JSONNode) -> String {
    var text: [UInt8] = []
    text.reserveCapacity(1 << 12)
    write(node, indent: 0, to: &text)
    text.append(0x0A)
    return String(decoding: text, as: UTF8.self)
  }

  /// `text` as a JSON string literal: `"`, `\` and every control character escaped (controls as
  /// `\u00XX`), and U+2028/U+2029 escaped too so the output is also valid JavaScript.
  public static func quoted(_ text: String) -> String {
    var result: [UInt8] = []
    appendQuoted(text, to: &result)
    return String(decoding: result, as: UTF8.self)
  }

  /// Appends `text` as a JSON string literal (`quoted(_:)`).
  private static func appendQuoted(_ text: String, to result: inout [UInt8]) {
    result.append(0x22)
    // Most text has nothing to escape and is copied whole (a lead byte 0xE2 may start U+2028 or
    // U+2029: such text goes the long way).
    if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0xE2 }) {
      result.append(contentsOf: text.utf8)
      result.append(0x22)
      return
    }
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result.append(contentsOf: #"\""#.utf8)
      case "\\": result.append(contentsOf: #"\\"#.utf8)
      case "\u{2028}", "\u{2029}": result.append(contentsOf: ("\\u" + hex(scalar.value)).utf8)
      default:
        if scalar.value < 0x20 {
          result.append(contentsOf: ("\\u" + hex(scalar.value)).utf8)
        } else {
          result.append(contentsOf: String(scalar).utf8)
        }
      }
    }
    result.append(0x22)
  }

  private static func write(_ node: JSONNode, indent: Int, to text: inout [UInt8]) {
    switch node {
    case .object(let members):
      guard !members.isEmpty else {
        text.append(contentsOf: "{}".utf8)
        return
      }
      text.append(contentsOf: "{\n".utf8)
      for (index, member) in members.enumerated() {
        text.append(contentsOf: repeatElement(0x20, count: indent + 2))
        appendQuoted(member.key, to: &text)
        text.append(contentsOf: ": ".utf8)
        write(member.value, indent: indent + 2, to: &text)
        text.append(contentsOf: (index == members.count - 1 ? "\n" : ",\n").utf8)
      }
      text.append(contentsOf: repeatElement(0x20, count: indent))
      text.append(UInt8(ascii: "}"))
    case .array(let elements):
      if let inline = inline(elements), indent + columns(inline) <= 80 {
        text.append(contentsOf: inline)
        return
      }
      text.append(contentsOf: "[\n".utf8)
      for (index, element) in elements.enumerated() {
        text.append(contentsOf: repeatElement(0x20, count: indent + 2))
        write(element, indent: indent + 2, to: &text)
        text.append(contentsOf: (index == elements.count - 1 ? "\n" : ",\n").utf8)
      }
      text.append(contentsOf: repeatElement(0x20, count: indent))
      text.append(UInt8(ascii: "]"))
    case .string(let string): appendQuoted(string, to: &text)
    case .number(let number): text.append(contentsOf: number.utf8)
    case .bool(let value): text.append(contentsOf: (value ? "true" : "false").utf8)
    case .null: text.append(contentsOf: "null".utf8)
    }
  }

  /// The characters of `text`: its bytes while it is ASCII.
  private static func columns(_ text: [UInt8]) -> Int {
    text.allSatisfy { $0 < 0x80 } ? text.count : String(decoding: text, as: UTF8.self).count
  }

  /// `[a, b]` (or `[]`) when every element is a scalar.
  private static func inline(_ elements: [JSONNode]) -> [UInt8]? {
    guard elements.allSatisfy(\.isScalar) else { return nil }
    var text: [UInt8] = [UInt8(ascii: "[")]
    for (index, element) in elements.enumerated() {
      if index > 0 { text.append(contentsOf: ", ".utf8) }
      write(element, indent: 0, to: &text)
    }
    text.append(UInt8(ascii: "]"))
    return text
  }

  private static func hex(_ value: UInt32) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
  }
}
