/// How to lay out text output: the terminal facts the CLI found, passed in so rendering stays pure.
public struct RenderOptions: Sendable, Equatable {
  /// ANSI colour (only on a terminal, never with `NO_COLOR`).
  public var color: Bool
  /// Columns available; long client names are truncated with an ellipsis to fit.
  public var width: Int

  public init(color: Bool = false, width: Int = 120) {
    self.color = color
    self.width = width
  }
}
