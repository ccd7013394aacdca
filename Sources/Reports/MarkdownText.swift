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
