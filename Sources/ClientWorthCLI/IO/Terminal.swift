import Reports

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The facts about standard output that decide colour and width; found once by `current()` and
/// passed in as a value everywhere else, so rendering stays testable.
struct Terminal: Sendable, Equatable {
  /// Whether standard output is a terminal.
  var isTTY: Bool
  /// The terminal's width in columns, when it is one and says so.
  var ttyWidth: Int?

  /// A terminal-less run, as under a test or a pipe.
  static let none = Terminal(isTTY: false, ttyWidth: nil)

  /// The real standard output.
  static func current() -> Terminal {
    guard isatty(STDOUT_FILENO) == 1 else { return .none }
    var size = winsize()
    let width = ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0 ? Int(size.ws_col) : nil
    return Terminal(isTTY: true, ttyWidth: width)
  }

  /// The width to lay text out in: `COLUMNS`, else the terminal's, else 80 on a terminal that does
  /// not say, else `unbounded`: output piped or redirected is kept whole (no cut names, no wrapped
  /// lines), as `git` and `ls` do, for whatever reads it next.
  func width(environment: [String: String]) -> Int {
    if let text = environment["COLUMNS"], let columns = Int(text), columns > 0 { return columns }
    return ttyWidth ?? (isTTY ? 80 : Self.unbounded)
  }

  /// A width no line reaches.
  static let unbounded = 10_000

  /// Colour only on a terminal, with `NO_COLOR` unset (no-color.org), `TERM` not `dumb` and the
  /// output not going to a file.
  func color(environment: [String: String], writingToFile: Bool) -> Bool {
    isTTY && environment["NO_COLOR"] == nil && environment["TERM"] != "dumb" && !writingToFile
  }

  /// What the renderers need to know.
  func renderOptions(environment: [String: String], writingToFile: Bool) -> RenderOptions {
    RenderOptions(
      color: color(environment: environment, writingToFile: writingToFile), width: width(environment: environment))
  }
}
