import Localization

/// Text from the data made literal in HTML, and in the SVG inside it.
///
/// Client names, notes and reasons come from files someone else wrote; a name such as
/// `<script>` must show as those characters, never run. `&`, `<`, `>`, `"` and `'` become
/// character references, which is enough for element content and for quoted attribute values
/// alike, in HTML and in XML. Control and bidirectional-override characters are replaced first
/// (`PrintableText`): most control characters are not allowed in an HTML document at all.
enum HTMLText {
  /// `text` escaped for element content or a quoted attribute value.
  static func escaped(_ text: String) -> String {
    var result = ""
    for character in PrintableText.of(text) {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      default: result.append(character)
      }
    }
    return result
  }
}

extension HTMLText {
  /// A sentence escaped, with each ISO date (`2026-07-24`) and each negative amount (`−$312.47`) in
  /// a span that does not break: a narrow screen otherwise wraps a date at its hyphens, and an
  /// amount between its minus sign and its currency symbol. The text stays as written, so it copies
  /// as it reads.
  static func prose(_ text: String) -> String {
    let escaped = Array(escaped(text).utf8)
    var result: [UInt8] = []
    result.reserveCapacity(escaped.count)
    var index = 0
    while index < escaped.count {
      if isDate(escaped, at: index) {
        result += Array("<span class=\"date\">".utf8) + escaped[index..<index + 10] + Array("</span>".utf8)
        index += 10
      } else if let end = negativeAmountEnd(escaped, at: index) {
        result += Array("<span class=\"amount\">".utf8) + escaped[index..<end] + Array("</span>".utf8)
        index = end
      } else {
        result.append(escaped[index])
        index += 1
      }
    }
    return String(decoding: result, as: UTF8.self)
  }

  /// Where the amount that a minus sign (U+2212, `E2 88 92`) at `start` begins ends: at the next
  /// space or the text's end; nil when no minus sign is there or a space or nothing follows it.
  private static func negativeAmountEnd(_ bytes: [UInt8], at start: Int) -> Int? {
    guard start + 3 < bytes.count, bytes[start] == 0xE2, bytes[start + 1] == 0x88, bytes[start + 2] == 0x92
    else { return nil }
    var end = start + 3
    while end < bytes.count && bytes[end] != UInt8(ascii: " ") { end += 1 }
    return end > start + 3 ? end : nil
  }

  /// Whether `bytes` hold `dddd-dd-dd` at `start`, not inside a longer run of digits.
  private static func isDate(_ bytes: [UInt8], at start: Int) -> Bool {
    guard start + 10 <= bytes.count, start == 0 || !isDigit(bytes[start - 1]),
      start + 10 == bytes.count || !isDigit(bytes[start + 10])
    else { return false }
    for offset in 0..<10 {
      let byte = bytes[start + offset]
      guard offset == 4 || offset == 7 ? byte == UInt8(ascii: "-") : isDigit(byte) else { return false }
    }
    return true
  }

  private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
}
