/// The output formats `--format` accepts.
public enum OutputFormat: String, Sendable, CaseIterable {
  case table
  case markdown
  case csv
  case json
  /// One self-contained page with charts (inline CSS and SVG, no script).
  case html
}
