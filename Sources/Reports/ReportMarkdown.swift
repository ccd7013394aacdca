import Analysis
import Decisions

/// The profitability report as GitHub-flavoured markdown: a heading, the period line, the cost
/// warning as a quote, the same table as the terminal's (with cents), and the loss summary.
enum ReportMarkdown {
  /// Writes the markdown document.
  static func render(
    _ report: ProfitabilityReport, decisions: DecisionReport?, sort: ClientSort?, to output: inout some TextOutputStream
  ) {
    var lines = ["# " + MarkdownText.escaped(ReportHeader.title(report)), ""]
    let details = ReportHeader.details(report).joined(separator: " · ")
    lines.append(MarkdownText.escaped(details.prefix(1).uppercased() + details.dropFirst()))
    if let warning = ReportHeader.costRateWarning(report) {
      lines += ["", "> " + MarkdownText.escaped(warning)]
    }
    lines.append("")
    if report.clients.isEmpty {
      lines.append("No client has any figures in this period.")
    } else {
      lines += ReportTable.table(report, decisions: decisions, sort: sort, precision: .full).markdownLines()
      lines += ["", MarkdownText.escaped(LossSummary.sentence(report))]
    }
    for line in lines { output.write(line + "\n") }
  }
}
