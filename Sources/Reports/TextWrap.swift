/// Word wrapping by display width, for the prose lines of the terminal output.
enum TextWrap {
  /// `text` broken at spaces into lines of at most `width` columns, each prefixed by `indent`
  /// (the first by `firstIndent` when given). A word longer than a line stays whole on its own line.
  static func lines(_ text: String, width: Int, indent: String = "", firstIndent: String? = nil) -> [String] {
    var lines: [String] = []
    var line = firstIndent ?? indent
    var lineHasWord = false
    for word in text.split(separator: " ", omittingEmptySubsequences: true) {
      let candidate = lineHasWord ? line + " " + word : line + word
      if lineHasWord && DisplayWidth.of(candidate) > width {
        lines.append(line)
        line = indent + word
      } else {
        line = candidate
      }
      lineHasWord = true
    }
    lines.append(line)
    return lines
  }
}
