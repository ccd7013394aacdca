import Analysis
import Decisions

/// Writes the profitability report in any output format.
public enum ReportRenderer {
  /// Renders `report` (with each client's recommendation from `decisions`, when given) as `format`.
  public static func render(
    _ report: ProfitabilityReport, decisions: DecisionReport?, format: OutputFormat, sort: SortKey?,
    options: RenderOptions, to output: inout some TextOutputStream
  ) {
    // Placeholder until the renderers land.
  }
}
