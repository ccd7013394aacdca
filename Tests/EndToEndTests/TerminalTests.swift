import Reports
import Testing

@testable import ClientWorthCLI

/// Colour and width: only a terminal gets colour, and `COLUMNS` wins over the terminal's width.
@Suite struct TerminalTests {
  static let tty = Terminal(isTTY: true, ttyWidth: 90)

  @Test(arguments: [
    ([:], false, true),
    (["NO_COLOR": "1"], false, false),
    (["NO_COLOR": ""], false, false),
    (["TERM": "dumb"], false, false),
    (["TERM": "xterm-256color"], false, true),
    ([:], true, false),
  ])
  func colourOnlyOnAPlainTerminal(environment: [String: String], writingToFile: Bool, color: Bool) {
    #expect(Self.tty.color(environment: environment, writingToFile: writingToFile) == color)
    #expect(Terminal.none.color(environment: environment, writingToFile: writingToFile) == false)
  }

  @Test func widthFromColumnsThenTheTerminalElseUnbounded() {
    #expect(Self.tty.width(environment: ["COLUMNS": "100"]) == 100)
    #expect(Self.tty.width(environment: ["COLUMNS": "wide"]) == 90)
    #expect(Self.tty.width(environment: [:]) == 90)
    #expect(Terminal.none.width(environment: [:]) == Terminal.unbounded)
    #expect(Terminal(isTTY: true, ttyWidth: nil).width(environment: [:]) == 80)
    #expect(
      Self.tty.renderOptions(environment: ["COLUMNS": "72"], writingToFile: false)
        == RenderOptions(color: true, width: 72))
  }
}
