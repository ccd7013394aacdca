import Localization

/// Text from the data made literal in GitHub-flavoured markdown.
///
/// Every character markdown could read as markup is backslash-escaped, `$` included (GitHub
/// reads `$…$` as mathematics), and line breaks become spaces so a name cannot end a table row.
enum MarkdownText {
  /// `text` escaped for a markdown paragraph, heading, list item or table cell.
  static func escaped(_ text: String) -> String {
    var result = ""
    for character in PrintableText.of(text.replacingLineBreaks()) {
      if special.contains(character) { result.append("\\") }
      result.append(character)
    }
    return result
  }

  /// Facts joined by ` · ` as the opening sentence of a document, its first letter capitalised
  /// (English; Arabic has no capitals).
  static func sentence(_ facts: [LocalizedText], _ locale: TextLocale) -> String {
    let text = facts.map { locale($0) }.joined(separator: " · ")
    return text.prefix(1).uppercased() + text.dropFirst()
  }

  private static let special: Set<Character> = [
    "\\", "`", "*", "_", "{", "}", "[", "]", "<", ">", "#", "|", "~", "$", "&",
  ]
}

extension String {
  /// Line breaks (CR, LF, CRLF, U+2028, U+2029) as single spaces.
  fileprivate func replacingLineBreaks() -> String {
    String(map { $0.isNewline ? " " : $0 })
  }
}
