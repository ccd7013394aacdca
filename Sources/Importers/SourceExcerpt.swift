import Localization

/// The offending line of a file with a caret under the column, as compilers and hledger show it:
///
///     12 | 2026-01-05,"Acme" Ltd,1.5
///        |                  ^
enum SourceExcerpt {
  /// Lines to print under a message; empty when the line cannot be found.
  static func lines(of utf8: [UInt8], line: Int, column: Int) -> [LocalizedText] {
    guard line >= 1, let text = lineText(utf8, line: line) else { return [] }
    let shown = String(text.prefix(200)).map { $0 == "\t" ? " " : $0 }
    let number = String(line)
    let gutter = String(repeating: " ", count: number.count)
    let caret = String(repeating: " ", count: max(0, min(column, 201) - 1)) + "^"
    // The file's own text, left to right in any language.
    return [.same("\(code: "\(number) | \(String(shown))")"), .same("\(code: "\(gutter) | \(caret)")")]
  }

  /// The text of a 1-based line, counting CRLF, LF and a lone CR each as one break.
  private static func lineText(_ utf8: [UInt8], line: Int) -> String? {
    var current = 1
    var start = 0
    var index = 0
    while index < utf8.count {
      let byte = utf8[index]
      if byte == 0x0A || byte == 0x0D {
        if current == line { return String(decoding: utf8[start..<index], as: UTF8.self) }
        if byte == 0x0D, index + 1 < utf8.count, utf8[index + 1] == 0x0A { index += 1 }
        current += 1
        start = index + 1
      }
      index += 1
    }
    return current == line ? String(decoding: utf8[start...], as: UTF8.self) : nil
  }
}
