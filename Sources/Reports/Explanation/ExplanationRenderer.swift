import Analysis

/// Writes an explanation (`clientworth explain`) as a table for the terminal, markdown or JSON.
public enum ExplanationRenderer {
  /// The formats `explain` writes.
  public static let formats: [OutputFormat] = [.table, .markdown, .json]

  /// Renders `explanation` (already narrowed to `focus`, the figure asked for, if any) as `format`;
  /// `format` must be one of `formats`; its words are in the options' language and digits, the
  /// JSON's sentences (`formula`, `calculation`, a table's `title`) too. See docs/output.md.
  public static func render(
    _ explanation: Explanation, focus: String?, format: OutputFormat, options: RenderOptions,
    to output: inout some TextOutputStream
  ) {
    switch format {
    case .json: output.write(ExplanationJSON.document(explanation, options.locale))
    case .markdown:
      ExplanationMarkdown.render(ExplanationDocument(explanation, focus: focus, options.locale), to: &output)
    case .table, .csv, .html:
      ExplanationText.render(
        ExplanationDocument(explanation, focus: focus, options.locale), options: options, to: &output)
    }
  }
}
