import Decisions
import Domain

/// The decision cards as HTML, worst first, with what the terminal cards say: the verdict, the
/// figures, the reasons, the exit plan, the incidents and the refund offer.
enum HTMLDecisionCards {
  /// The whole page of `decide --format html`: the header, then the cards.
  static func document(_ report: DecisionReport) -> String {
    let header = DecisionCards.header(report)
    var body = ["<header>", "<h1>\(HTMLText.escaped(header[0]))</h1>", "</header>", "<main>"]
    body += lines(report)
    body += HTMLReport.warnings(report.diagnostics)
    body.append("</main>")
    return HTMLPage.document(title: header[0], body: body)
  }

  /// The counts line and one `<article>` per client.
  /// `explanations` gives the anchor of each client's explanation on the page, which its card links to.
  static func lines(_ report: DecisionReport, explanations: [ClientKey: String] = [:]) -> [String] {
    var lines = DecisionCards.header(report).dropFirst().map { "<p>\(HTMLText.escaped($0))</p>" }
    lines.append("<div class=\"cards\">")
    for decision in DecisionOrder.worstFirst(report.decisions) {
      lines += card(decision, currency: report.currency, explanation: explanations[decision.client])
    }
    lines.append("</div>")
    return lines
  }

  /// One client's card; its class says how urgent (`exit`, `act`, `keep`, `idle`), and the
  /// recommendation is always written out too.
  static func card(_ decision: Decision, currency: Currency, explanation: String? = nil) -> [String] {
    var lines = ["<article class=\"card \(urgency(decision.recommendation))\">"]
    lines.append(
      "<h3>\(HTMLText.escaped(decision.name)) <span class=\"verdict\">\(decision.recommendation.words)</span></h3>")
    lines.append("<p>\(HTMLText.escaped(Verdict.sentence(decision, currency: currency)))</p>")
    let figures = DecisionCards.figureLines(decision, currency: currency)
    if !figures.isEmpty {
      lines.append("<ul class=\"figures\">")
      lines += figures.map { "<li>\(HTMLText.escaped($0))</li>" }
      lines.append("</ul>")
    }
    if let sensitivity = SensitivityText.line(decision, currency: currency) {
      lines.append("<p class=\"sensitivity\">\(HTMLText.escaped(sensitivity))</p>")
    }
    lines += list("Why", tag: "ul", decision.reasons)
    lines += list("Plan", tag: "ol", decision.plan)
    if decision.recommendation.carriesReasons {
      lines += list("Incidents", tag: "ul", decision.incidents.map(DecisionCards.incident))
    }
    if let refund = Verdict.refundLine(decision, currency: currency) {
      lines.append("<p class=\"refund\">\(HTMLText.escaped(refund))</p>")
    }
    if let explanation {
      lines.append(
        "<p class=\"why\"><a href=\"#\(HTMLText.escaped(explanation))\">\(HTMLText.escaped(.whyTheseFigures))</a></p>")
    }
    lines.append("</article>")
    return lines
  }

  private static func list(_ title: String, tag: String, _ items: [String]) -> [String] {
    guard !items.isEmpty else { return [] }
    return ["<h4>\(title)</h4>", "<\(tag)>"] + items.map { "<li>\(HTMLText.escaped($0))</li>" } + ["</\(tag)>"]
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

extension String {
  /// The card's link to its client's explanation on the report's page.
  fileprivate static let whyTheseFigures = "Why these figures"
}
