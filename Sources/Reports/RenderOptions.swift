/// How to lay out text output: the terminal facts the CLI found, passed in so rendering stays pure.
public struct RenderOptions: Sendable, Equatable {
  /// ANSI colour (only on a terminal, never with `NO_COLOR`).
  public var color: Bool
  /// Columns available: prose wraps to it, and a table keeps the columns that fit it.
  public var width: Int
  /// Every column of a table, whatever the width (`--wide`): a row may then run past the edge.
  public var wide: Bool

  public init(color: Bool = false, width: Int = 120, wide: Bool = false) {
    self.color = color
    self.width = width
    self.wide = wide
  }

  /// The width a table is fitted into; nil: unbounded.
  var tableWidth: Int? { wide ? nil : width }
}
