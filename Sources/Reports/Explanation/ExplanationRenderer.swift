import Analysis

/// Writes an explanation (`clientworth explain`) as a table for the terminal, markdown or JSON.
public enum ExplanationRenderer {
  /// The formats `explain` writes.
  public static let formats: [OutputFormat] = [.table, .markdown, .json]

  /// Renders `explanation` (already narrowed to `focus`, the figure asked for, if any) as `format`;
  /// `format` must be one of `formats`. See docs/output.md.
  public static func render(
    _ explanation: Explanation, focus: String?, format: OutputFormat, options: RenderOptions,
    to output: inout some TextOutputStream
  ) {
    switch format {
    case .json: output.write(ExplanationJSON.document(explanation))
    case .markdown: ExplanationMarkdown.render(ExplanationDocument(explanation, focus: focus), to: &output)
    case .table, .csv, .html:
      ExplanationText.render(ExplanationDocument(explanation, focus: focus), options: options, to: &output)
    }
  }
}
