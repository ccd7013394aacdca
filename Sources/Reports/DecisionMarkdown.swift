import Decisions
import Domain
import Localization

/// The decisions as GitHub-flavoured markdown: a heading and the counts, then one section per
/// client, worst first, with the verdict, a table of the figures with their spans, the reasons,
/// the plan and the incidents.
enum DecisionMarkdown {
  /// Writes the markdown document.
  static func render(_ report: DecisionReport, _ locale: TextLocale, to output: inout some TextOutputStream) {
    let header = DecisionCards.header(report).map { locale($0) }
    var lines = ["# " + MarkdownText.escaped(header[0])]
    for line in header.dropFirst() { lines += ["", MarkdownText.escaped(line)] }
    for decision in DecisionOrder.worstFirst(report.decisions) {
      lines.append("")
      lines += section(decision, currency: report.currency, locale)
    }
    for line in lines { output.write(line + "\n") }
  }

  /// One client's section.
  static func section(_ decision: Decision, currency: Currency, _ locale: TextLocale) -> [String] {
    let title = locale(.same("\(name: decision.name) — \(decision.recommendation.words)"))
    var lines = ["## " + MarkdownText.escaped(title), ""]
    lines.append(MarkdownText.escaped(locale(Verdict.sentence(decision, currency: currency))))
    var figures = TextTable(columns: [
      TextTable.Column(locale(LocalizedText(en: "Figure", ar: "الرقم")), .left),
      TextTable.Column(locale(LocalizedText(en: "Value", ar: "القيمة")), .right),
      TextTable.Column(locale(LocalizedText(en: "Over", ar: "المدة")), .left),
    ])
    for item in DecisionFigures.items(decision, currency: currency) {
      let span = item.span == .dates ? "" : locale(item.span.label)
      figures.rows.append(
        .cells([TextTable.Cell(locale(item.label)), TextTable.Cell(locale(item.value)), TextTable.Cell(span)]))
    }
    if !figures.rows.isEmpty { lines += [""] + figures.markdownLines() }
    if let sensitivity = SensitivityText.line(decision, currency: currency) {
      lines += ["", MarkdownText.escaped(locale(sensitivity))]
    }
    lines += list(locale(.whyTitle), decision.reasons.map { "- " + MarkdownText.escaped(locale($0)) })
    lines += list(
      locale(.planTitle),
      decision.plan.enumerated().map { locale.itemNumber($0.offset + 1) + MarkdownText.escaped(locale($0.element)) })
    if decision.recommendation.carriesReasons {
      lines += list(
        locale(.incidentsTitle),
        decision.incidents.map { "- " + MarkdownText.escaped(locale(DecisionCards.incident($0))) })
    }
    if let refund = Verdict.refundLine(decision, currency: currency) {
      lines += ["", MarkdownText.escaped(locale(refund))]
    }
    return lines
  }

  private static func list(_ title: String, _ items: [String]) -> [String] {
    items.isEmpty ? [] : ["", "**\(title)**", ""] + items
  }
}

extension LocalizedText {
  /// The headings of a decision's lists on the page and in markdown.
  static let whyTitle = LocalizedText(en: "Why", ar: "الأسباب")
  static let planTitle = LocalizedText(en: "Plan", ar: "الخطة")
  static let incidentsTitle = LocalizedText(en: "Incidents", ar: "الوقائع")
}
