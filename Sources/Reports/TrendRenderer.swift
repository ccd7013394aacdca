import Analysis

/// Writes the trend (`clientworth trend`) in any output format.
public enum TrendRenderer {
  /// Renders `trend` as `format`: `table` is a compact table per client on the terminal, `html`
  /// a page of charts and tables; JSON and CSV list clients by name. See docs/output.md.
  public static func render(
    _ trend: TrendReport, format: OutputFormat, options: RenderOptions, to output: inout some TextOutputStream
  ) {
    switch format {
    case .table: TrendTable.render(trend, options: options, to: &output)
    case .markdown: TrendMarkdown.render(trend, options.locale, to: &output)
    case .json: output.write(TrendJSON.document(trend, options.locale))
    case .csv: output.write(TrendCSV.document(trend))
    case .html: output.write(HTMLTrend.document(trend, options.locale))
    }
  }
}
