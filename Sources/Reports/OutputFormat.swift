/// The output formats `--format` accepts.
public enum OutputFormat: String, Sendable, CaseIterable {
  case table
  case markdown
  case csv
  case json
}
