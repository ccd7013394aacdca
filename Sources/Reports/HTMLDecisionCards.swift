import Decisions
import Domain
import Localization

/// The decision cards as HTML, worst first, with what the terminal cards say: the verdict, the
/// figures, the reasons, the exit plan, the incidents and the refund offer.
enum HTMLDecisionCards {
  /// The whole page of `decide --format html`: the header, then the cards.
  static func document(_ report: DecisionReport, _ locale: TextLocale) -> String {
    let header = DecisionCards.header(report).map { locale($0) }
    var body = ["<header>", "<h1>\(HTMLText.prose(header[0]))</h1>", "</header>", "<main>"]
    body += lines(report, locale)
    body += HTMLReport.warnings(report.diagnostics, locale)
    body.append("</main>")
    return HTMLPage.document(title: header[0], body: body, locale)
  }

  /// The counts line and one `<article>` per client; `explanations` gives the anchor of each
  /// client's explanation on the page, which its card links to.
  static func lines(_ report: DecisionReport, explanations: [ClientKey: String] = [:], _ locale: TextLocale)
    -> [String]
  {
    var lines = DecisionCards.header(report).dropFirst().map { "<p>\(HTMLText.prose(locale($0)))</p>" }
    lines.append("<div class=\"cards\">")
    for decision in DecisionOrder.worstFirst(report.decisions) {
      lines += card(decision, currency: report.currency, explanation: explanations[decision.client], locale)
    }
    lines.append("</div>")
    return lines
  }

  /// One client's card; its class says how urgent (`exit`, `act`, `keep`, `idle`), and the
  /// recommendation is always written out too.
  static func card(_ decision: Decision, currency: Currency, explanation: String? = nil, _ locale: TextLocale)
    -> [String]
  {
    var lines = ["<article class=\"card \(urgency(decision.recommendation))\">"]
    lines.append(
      "<h3><bdi>\(HTMLText.escaped(decision.name))</bdi> <span class=\"verdict\">"
        + "\(HTMLText.escaped(locale(decision.recommendation.words)))</span></h3>")
    lines.append("<p>\(HTMLText.prose(locale(Verdict.sentence(decision, currency: currency))))</p>")
    let figures = DecisionCards.figureLines(decision, currency: currency)
    if !figures.isEmpty {
      lines.append("<ul class=\"figures\">")
      lines += figures.map { "<li>\(HTMLText.prose(locale($0)))</li>" }
      lines.append("</ul>")
    }
    if let sensitivity = SensitivityText.line(decision, currency: currency) {
      lines.append("<p class=\"sensitivity\">\(HTMLText.prose(locale(sensitivity)))</p>")
    }
    lines += list(locale(.whyTitle), tag: "ul", decision.reasons.map { locale($0) })
    lines += list(locale(.planTitle), tag: "ol", decision.plan.map { locale($0) })
    if decision.recommendation.carriesReasons {
      lines += list(locale(.incidentsTitle), tag: "ul", decision.incidents.map { locale(DecisionCards.incident($0)) })
    }
    if let refund = Verdict.refundLine(decision, currency: currency) {
      lines.append("<p class=\"refund\">\(HTMLText.prose(locale(refund)))</p>")
    }
    if let explanation {
      let link = HTMLText.escaped(ExplanationHTML.link(to: explanation))
      lines.append("<p class=\"why\"><a href=\"\(link)\">\(HTMLText.escaped(locale(.whyTheseFigures)))</a></p>")
    }
    lines.append("</article>")
    return lines
  }

  private static func list(_ title: String, tag: String, _ items: [String]) -> [String] {
    guard !items.isEmpty else { return [] }
    return ["<h4>\(HTMLText.escaped(title))</h4>", "<\(tag)>"] + items.map { "<li>\(HTMLText.prose($0))</li>" }
      + ["</\(tag)>"]
  }

  private static func urgency(_ recommendation: Recommendation) -> String {
    switch recommendation {
    case .exitNow, .exitAtContractEnd, .phaseOut: "exit"
    case .fix, .renegotiate, .watch, .invoiceFirst: "act"
    case .keep: "keep"
    case .new, .inactive: "idle"
    }
  }
}

extension LocalizedText {
  /// The card's link to its client's explanation on the report's page.
  fileprivate static let whyTheseFigures = LocalizedText(en: "Why these figures", ar: "لماذا هذه الأرقام")
}
