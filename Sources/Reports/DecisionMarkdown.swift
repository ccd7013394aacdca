import Decisions
import Domain

/// The decisions as GitHub-flavoured markdown: a heading and the counts, then one section per
/// client, worst first, with the verdict, a table of the figures with their spans, the reasons,
/// the plan and the incidents.
enum DecisionMarkdown {
  /// Writes the markdown document.
  static func render(_ report: DecisionReport, to output: inout some TextOutputStream) {
    let header = DecisionCards.header(report)
    var lines = ["# " + MarkdownText.escaped(header[0])]
    for line in header.dropFirst() { lines += ["", MarkdownText.escaped(line)] }
    for decision in DecisionOrder.worstFirst(report.decisions) {
      lines.append("")
      lines += section(decision, currency: report.currency)
    }
    for line in lines { output.write(line + "\n") }
  }

  /// One client's section.
  static func section(_ decision: Decision, currency: Currency) -> [String] {
    var lines = ["## " + MarkdownText.escaped(decision.name + " — " + decision.recommendation.words), ""]
    lines.append(MarkdownText.escaped(Verdict.sentence(decision, currency: currency)))
    var figures = TextTable(columns: [
      TextTable.Column("Figure", .left), TextTable.Column("Value", .right), TextTable.Column("Over", .left),
    ])
    for item in DecisionFigures.items(decision, currency: currency) {
      let span = item.span == .dates ? "" : item.span.label
      figures.rows.append(.cells([TextTable.Cell(item.label), TextTable.Cell(item.value), TextTable.Cell(span)]))
    }
    if !figures.rows.isEmpty { lines += [""] + figures.markdownLines() }
    if let sensitivity = SensitivityText.line(decision, currency: currency) {
      lines += ["", MarkdownText.escaped(sensitivity)]
    }
    lines += list("Why", decision.reasons.map { "- " + MarkdownText.escaped($0) })
    lines += list("Plan", decision.plan.enumerated().map { "\($0.offset + 1). " + MarkdownText.escaped($0.element) })
    if decision.recommendation.carriesReasons {
      lines += list("Incidents", decision.incidents.map { "- " + MarkdownText.escaped(DecisionCards.incident($0)) })
    }
    if let refund = Verdict.refundLine(decision, currency: currency) {
      lines += ["", MarkdownText.escaped(refund)]
    }
    return lines
  }

  private static func list(_ title: String, _ items: [String]) -> [String] {
    items.isEmpty ? [] : ["", "**\(title)**", ""] + items
  }
}
