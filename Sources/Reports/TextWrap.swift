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

  /// `items` joined by `separator` into lines of at most `width` columns, breaking only between
  /// items, so a phrase stays on one line; an item longer than a line is broken at its spaces.
  static func items(_ items: [String], separator: String = " · ", width: Int) -> [String] {
    var lines: [String] = []
    var line = ""
    for item in items {
      let candidate = line.isEmpty ? item : line + separator + item
      if line.isEmpty || DisplayWidth.of(candidate) <= width {
        line = candidate
      } else {
        lines.append(line)
        line = item
      }
    }
    lines.append(line)
    return lines.flatMap { DisplayWidth.of($0) > width ? Self.lines($0, width: width) : [$0] }
  }
}
