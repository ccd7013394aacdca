/// Writes a `JSONNode` as indented JSON text ending in a newline.
///
/// Hand-written rather than `JSONEncoder` so key order and number text are exactly what the spec
/// and docs/output.md say. Objects and arrays take a line per member, indented by two spaces;
/// an array of scalars that fits in 80 columns stays on one line.
public enum JSONWriter {
  /// The whole document, with a final newline.
  static func document(_ node: JSONNode) -> String {
    var text = ""
    write(node, indent: "", to: &text)
    text += "\n"
    return text
  }

  /// `text` as a JSON string literal: `"`, `\` and every control character escaped (controls as
  /// `\u00XX`), and U+2028/U+2029 escaped too so the output is also valid JavaScript.
  public static func quoted(_ text: String) -> String {
    var result = ""
    appendQuoted(text, to: &result)
    return result
  }

  /// Appends `text` as a JSON string literal (`quoted(_:)`), written straight into `result`.
  private static func appendQuoted(_ text: String, to result: inout String) {
    // Most text has nothing to escape and is copied whole (a lead byte 0xE2 may start U+2028 or
    // U+2029: such text goes the long way).
    if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0xE2 }) {
      result += "\""
      result += text
      result += "\""
      return
    }
    result += "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\u{2028}", "\u{2029}": result += "\\u" + hex(scalar.value)
      default:
        if scalar.value < 0x20 {
          result += "\\u" + hex(scalar.value)
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    result += "\""
  }

  private static func write(_ node: JSONNode, indent: String, to text: inout String) {
    switch node {
    case .object(let members):
      guard !members.isEmpty else {
        text += "{}"
        return
      }
      text += "{\n"
      let inner = indent + "  "
      for (index, member) in members.enumerated() {
        text += inner
        appendQuoted(member.key, to: &text)
        text += ": "
        write(member.value, indent: inner, to: &text)
        text += index == members.count - 1 ? "\n" : ",\n"
      }
      text += indent
      text += "}"
    case .array(let elements):
      if let inline = inline(elements), indent.utf8.count + inline.count <= 80 {
        text += inline
        return
      }
      text += "[\n"
      let inner = indent + "  "
      for (index, element) in elements.enumerated() {
        text += inner
        write(element, indent: inner, to: &text)
        text += index == elements.count - 1 ? "\n" : ",\n"
      }
      text += indent
      text += "]"
    case .string(let string): appendQuoted(string, to: &text)
    case .number(let number): text += number
    case .bool(let value): text += value ? "true" : "false"
    case .null: text += "null"
    }
  }

  /// `[a, b]` (or `[]`) when every element is a scalar.
  private static func inline(_ elements: [JSONNode]) -> String? {
    guard elements.allSatisfy(\.isScalar) else { return nil }
    var parts: [String] = []
    for element in elements {
      var part = ""
      write(element, indent: "", to: &part)
      parts.append(part)
    }
    return "[" + parts.joined(separator: ", ") + "]"
  }

  private static func hex(_ value: UInt32) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
  }
}
