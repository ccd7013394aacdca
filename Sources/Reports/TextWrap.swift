import Localization

/// Word wrapping by display width, for the prose lines of the terminal output.
///
/// A line break inside an isolated name or code (`BidiIsolate`) closes the isolate at the end of
/// the line and opens it again at the start of the next, so that no line is left with an isolate
/// open (which would pull the rest of the terminal line into it) and each line reads on its own.
public enum TextWrap {
  /// `text` broken at spaces into lines of at most `width` columns, each prefixed by `indent`
  /// (the first by `firstIndent` when given). A word longer than a line stays whole on its own line.
  public static func lines(_ text: String, width: Int, indent: String = "", firstIndent: String? = nil) -> [String] {
    let first = firstIndent ?? indent
    let words = words(text, width: width - DisplayWidth.of(indent), firstWidth: width - DisplayWidth.of(first))
    return words.enumerated().map { index, line in (index == 0 ? first : indent) + line }
  }

  /// `text` broken at spaces into lines of at most `width` columns (`firstWidth` for the first),
  /// without indentation; a word longer than a line stays whole on its own line.
  public static func words(_ text: String, width: Int, firstWidth: Int? = nil) -> [String] {
    var lines: [String] = []
    var line = ""
    var lineHasWord = false
    var open: [Unicode.Scalar] = []
    for word in text.split(separator: " ", omittingEmptySubsequences: true) {
      let room = lines.isEmpty ? (firstWidth ?? width) : width
      let candidate = lineHasWord ? line + " " + word : line + word
      if lineHasWord && DisplayWidth.of(candidate) > room {
        lines.append(line + String(repeating: String(BidiIsolate.pop), count: open.count))
        line = open.map(String.init).joined() + word
      } else {
        line = candidate
      }
      lineHasWord = true
      track(word, &open)
    }
    lines.append(line)
    return lines
  }

  /// The isolates `word` leaves open, added to (or closed from) `open`.
  private static func track(_ word: Substring, _ open: inout [Unicode.Scalar]) {
    for scalar in word.unicodeScalars {
      if BidiIsolate.isIsolateInitiator(scalar) {
        open.append(scalar)
      } else if scalar == BidiIsolate.pop, !open.isEmpty {
        open.removeLast()
      }
    }
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
