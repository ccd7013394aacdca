import Analysis
import Decisions
import Localization

/// The profitability report as GitHub-flavoured markdown: a heading, the period line, the cost
/// warning as a quote, the same table as the terminal's (with cents), and the loss summary.
enum ReportMarkdown {
  /// Writes the markdown document.
  static func render(
    _ report: ProfitabilityReport, decisions: DecisionReport?, sort: ClientSort?, _ locale: TextLocale,
    to output: inout some TextOutputStream
  ) {
    var lines = ["# " + MarkdownText.escaped(locale(ReportHeader.title(report))), ""]
    lines.append(MarkdownText.escaped(MarkdownText.sentence(ReportHeader.details(report), locale)))
    if let warning = ReportHeader.costRateWarning(report) {
      lines += ["", "> " + MarkdownText.escaped(locale(warning))]
    }
    lines.append("")
    if report.clients.isEmpty {
      lines.append(MarkdownText.escaped(locale(.noFigures)))
    } else {
      lines += ReportTable.table(report, decisions: decisions, sort: sort, precision: .full, locale).markdownLines()
      lines += ["", MarkdownText.escaped(locale(LossSummary.sentence(report)))]
    }
    for line in lines { output.write(line + "\n") }
  }
}
