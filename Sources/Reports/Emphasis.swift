/// How a piece of output stands out: bold, or coloured for a loss, a warning or good news.
///
/// On a terminal with colour each becomes an ANSI SGR sequence; without colour, nothing at all.
/// Markdown shows only `strong` (as `**bold**`).
enum Emphasis: Sendable, Equatable {
  case plain
  case strong
  /// Money lost: red.
  case loss
  /// A flag or a caution: yellow.
  case warning
  /// Nothing to worry about: green.
  case good
  /// A side remark, such as what a narrow table left out: faint.
  case muted

  /// `text` wrapped in this emphasis's escape codes when `color` is on.
  func apply(to text: String, color: Bool) -> String {
    guard color, let code = sgrCode, !text.isEmpty else { return text }
    return "\u{1B}[\(code)m" + text + "\u{1B}[0m"
  }

  private var sgrCode: String? {
    switch self {
    case .plain: nil
    case .strong: "1"
    case .loss: "31"
    case .warning: "33"
    case .good: "32"
    case .muted: "2"
    }
  }
}
