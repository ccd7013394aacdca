import Analysis
import Decisions
import Domain

/// The profitability report as one self-contained HTML page: the key figures, three charts (rates,
/// the whale curve, receivables aging), the table of the terminal report, each client's trend and
/// the decision cards. See docs/output.md.
enum HTMLReport {
  /// The whole page. `trend` adds the per-client trend charts; `decisions` the Decision column
  /// and the cards; `sort` orders the table as `--sort` does.
  static func document(
    _ report: ProfitabilityReport, decisions: DecisionReport?, trend: TrendReport?, sort: ClientSort?,
    explanations: [Explanation] = []
  ) -> String {
    let anchors = ExplanationHTML.anchors(explanations)
    var body = ["<header>", "<h1>\(HTMLText.escaped(ReportHeader.title(report)))</h1>"]
    body.append(HTMLPage.paragraph(ReportHeader.details(report).joined(separator: " · "), class: "details"))
    if let warning = ReportHeader.costRateWarning(report) { body.append(HTMLPage.paragraph(warning, class: "warning")) }
    body += ["</header>", "<main>"]
    if report.clients.isEmpty {
      body.append(HTMLPage.paragraph("No client has any figures in this period."))
    } else {
      body += HTMLPage.section(id: "summary", title: "Summary", summary(report))
      body += charts(report)
      var table = ReportTable.table(report, decisions: decisions, sort: sort, precision: .compact)
      let order = ClientOrder.sorted(report.clients, by: sort)
      for (index, client) in order.enumerated() where index < table.rows.count {
        guard case .cells(var cells) = table.rows[index], !cells.isEmpty, let anchor = anchors[client.client] else {
          continue
        }
        cells[0].link = "#" + anchor
        table.rows[index] = .cells(cells)
      }
      body += HTMLPage.section(
        id: "figures", title: "Every client's figures",
        HTMLPage.table(table, label: "Figures per client", note: tableNote))
      if let trend, !trend.clients.isEmpty {
        body += HTMLPage.section(id: "trend", title: "Month by month", HTMLTrend.grid(trend))
      }
    }
    if let decisions, !decisions.decisions.isEmpty {
      body += HTMLPage.section(
        id: "decisions", title: "Decisions", HTMLDecisionCards.lines(decisions, explanations: anchors))
    }
    if !explanations.isEmpty { body += ExplanationHTML.section(explanations) }
    body += warnings(report.diagnostics)
    body += ["</main>", "<footer>", HTMLPage.paragraph(footer(report)), "</footer>"]
    return HTMLPage.document(title: ReportHeader.title(report), body: body)
  }

  static let tableNote =
    "Money and rates in whole units. Unbilled: work not invoiced yet, estimated at what the client's billed work "
    + "earned. Earned: invoices matched to the work they bill, plus the unbilled work; profit and rates use it. "
    + "Avg days late: amount-weighted average days past due. Overdue: open balances past their due date. Opp. cost: "
    + "what the hours would have earned at the target rate beyond what they did. Share: of the revenue earned "
    + "over the last 12 months."

  /// Total profit, effective rate, collected, overdue and how many clients lose money.
  static func summary(_ report: ProfitabilityReport) -> [String] {
    let totals = report.totals
    let currency = report.currency
    let overdue = report.clients.reduce(Money.zero(currency)) { $0 + $1.aging.overdue }
    let losing = report.losingClients.count
    let items: [(label: String, value: String, loss: Bool)] = [
      (
        "Profit",
        totals.profit.map { MoneyText.brief($0.exact, currency) } ?? ReportTable.unknown,
        totals.profit?.isNegative == true
      ),
      ("Effective rate", totals.effectiveRate.map { MoneyText.briefRate($0, currency) } ?? ReportTable.unknown, false),
      ("Collected", MoneyText.brief(totals.collected.exact, currency), false),
      ("Overdue", MoneyText.brief(overdue.exact, currency), false),
      ("Clients losing money", "\(losing) of \(report.clients.count)", losing > 0),
    ]
    var lines = ["<ul class=\"kpis\">"]
    for item in items {
      let value = item.loss ? "<strong class=\"loss\">" : "<strong>"
      lines.append(
        "<li><span>\(HTMLText.escaped(item.label))</span> \(value)\(HTMLText.escaped(item.value))</strong></li>")
    }
    lines.append("</ul>")
    lines.append(HTMLPage.paragraph(HTMLPage.keepingSignsAttached(LossSummary.sentence(report))))
    return lines
  }

  /// The rate chart, the whale curve and the aging chart, side by side where the page is wide
  /// enough.
  static func charts(_ report: ProfitabilityReport) -> [String] {
    let currency = report.currency
    var lines = ["<div class=\"chart-grid\">"]
    lines += HTMLPage.section(
      id: "rates", title: "Effective hourly rate",
      [
        HTMLPage.paragraph(
          "Earned revenue per hour worked, highest first. Clients to the left of the cost line lose money on every "
            + "hour.")
      ]
        + HTMLPage.figure(
          RateChart.svg(
            RateChart.bars(report), costRate: report.costRate?.exact, targetRate: report.targetRate?.exact,
            currency: currency)))
    let whale = WhaleCurveChart.clients(report)
    lines += HTMLPage.section(
      id: "whale", title: "Where the profit comes from",
      whale.isEmpty
        ? [HTMLPage.paragraph(LossSummary.sentence(report))]
        : [HTMLPage.paragraph(WhaleCurveChart.headline(whale, currency: currency))]
          + HTMLPage.figure(WhaleCurveChart.svg(whale, currency: currency)))
    let aging = AgingChart.clients(report)
    let agingContent =
      aging.isEmpty
      ? [HTMLPage.paragraph("No client has an open balance.")]
      : [HTMLPage.paragraph("Open balances by days past their due date, oldest to the right.")]
        + HTMLPage.figure(AgingChart.svg(aging, currency: currency))
    lines += HTMLPage.section(id: "aging", title: "Who owes you", agingContent)
    lines.append("</div>")
    return lines
  }

  /// The diagnostics, if any, as a list: `file:line: warning: message`.
  static func warnings(_ diagnostics: [Diagnostic]) -> [String] {
    guard !diagnostics.isEmpty else { return [] }
    let items = diagnostics.map { "<li>\(HTMLText.escaped($0.description))</li>" }
    return HTMLPage.section(id: "warnings", title: "Warnings about the input", ["<ul>"] + items + ["</ul>"])
  }

  static func footer(_ report: ProfitabilityReport) -> String {
    "Made by clientworth from your CSV exports, as of \(report.asOf). "
      + "Profit and rates use earned revenue (invoices matched to the work they bill, plus unbilled work "
      + "estimated); lateness and aging count from due dates."
  }
}
