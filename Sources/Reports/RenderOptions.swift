import Localization

/// How to lay out text output: the terminal facts the CLI found and the language asked for,
/// passed in so rendering stays pure.
public struct RenderOptions: Sendable, Equatable {
  /// ANSI colour (only on a terminal, never with `NO_COLOR`).
  public var color: Bool
  /// Columns available: prose wraps to it, and a table keeps the columns that fit it.
  public var width: Int
  /// Every column of a table, whatever the width (`--wide`): a row may then run past the edge.
  public var wide: Bool
  /// The language and digits of the text for people (`--lang`, `--digits`); JSON and CSV keep
  /// their keys, codes, numbers and dates machine-readable in every language.
  public var locale: TextLocale

  public init(color: Bool = false, width: Int = 120, wide: Bool = false, locale: TextLocale = .english) {
    self.color = color
    self.width = width
    self.wide = wide
    self.locale = locale
  }

  /// The width a table is fitted into; nil: unbounded.
  var tableWidth: Int? { wide ? nil : width }
}
