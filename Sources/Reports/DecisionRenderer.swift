import Decisions

/// Writes the decisions (`clientworth decide`) in any output format: cards on a terminal.
public enum DecisionRenderer {
  /// Renders `report` as `format` (`table` means the terminal cards, worst first; JSON and CSV list
  /// decisions by client name). `options` lay out the cards; their language and digits are
  /// those of every format's text for people. See docs/output.md.
  public static func render(
    _ report: DecisionReport, format: OutputFormat, options: RenderOptions,
    to output: inout some TextOutputStream
  ) {
    switch format {
    case .table: DecisionCards.render(report, options: options, to: &output)
    case .markdown: DecisionMarkdown.render(report, options.locale, to: &output)
    case .json: output.write(DecisionJSON.document(report, options.locale))
    case .csv: output.write(DecisionCSV.document(report, options.locale))
    case .html: output.write(HTMLDecisionCards.document(report, options.locale))
    }
  }
}
