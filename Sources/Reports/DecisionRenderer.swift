import Decisions

/// Writes the decisions (`clientworth decide`) in any output format: cards on a terminal.
public enum DecisionRenderer {
  /// Renders `report` as `format` (`table` means the terminal cards).
  public static func render(
    _ report: DecisionReport, format: OutputFormat, options: RenderOptions,
    to output: inout some TextOutputStream
  ) {
    // Placeholder until the renderers land.
  }
}
