import Analysis
import Decisions
import Domain
import Localization

/// The profitability report as one self-contained HTML page: the key figures, three charts (rates,
/// the whale curve, receivables aging), the table of the terminal report, each client's trend and
/// the decision cards. See docs/output.md.
enum HTMLReport {
  /// The whole page. `trend` adds the per-client trend charts; `decisions` the Decision column
  /// and the cards; `sort` orders the table as `--sort` does.
  static func document(
    _ report: ProfitabilityReport, decisions: DecisionReport?, trend: TrendReport?, sort: ClientSort?,
    explanations: [Explanation] = [], projects: Breakdown? = nil, _ locale: TextLocale
  ) -> String {
    let anchors = ExplanationHTML.anchors(explanations)
    let title = locale(ReportHeader.title(report))
    var body = ["<header>", "<h1>\(HTMLText.prose(title))</h1>"]
    body.append(
      HTMLPage.paragraph(ReportHeader.details(report).map { locale($0) }.joined(separator: " · "), class: "details"))
    if let warning = ReportHeader.costRateWarning(report) {
      body.append(HTMLPage.paragraph(locale(warning), class: "warning"))
    }
    body += ["</header>", "<main>"]
    if report.clients.isEmpty {
      body.append(HTMLPage.paragraph(locale(.noFigures)))
    } else {
      body += HTMLPage.section(
        id: "summary", title: locale(LocalizedText(en: "Summary", ar: "الخلاصة")), summary(report, locale))
      body += charts(report, locale)
      if let projects, case let parts = ProjectProfitChart.parts(projects), !parts.isEmpty {
        // In a grid of the charts' columns (`auto-fill` keeps the empty ones), so the chart is drawn
        // as wide as the others.
        body.append("<div class=\"chart-grid\">")
        body += HTMLPage.section(
          id: "projects", title: locale(LocalizedText(en: "Profit per project", ar: "الربح لكل مشروع")),
          [HTMLPage.paragraph(locale(ProjectProfitChart.explanation))]
            + HTMLPage.figure(ProjectProfitChart.svg(parts, currency: report.currency, locale)))
        body.append("</div>")
      }
      var table = ReportTable.table(report, decisions: decisions, sort: sort, precision: .compact, locale)
      let order = ClientOrder.sorted(report.clients, by: sort)
      for (index, client) in order.enumerated() where index < table.rows.count {
        guard case .cells(var cells) = table.rows[index], !cells.isEmpty, let anchor = anchors[client.client] else {
          continue
        }
        cells[0].link = ExplanationHTML.link(to: anchor)
        table.rows[index] = .cells(cells)
      }
      let label = locale(LocalizedText(en: "Figures per client", ar: "أرقام كل عميل"))
      body += HTMLPage.section(
        id: "figures", title: locale(LocalizedText(en: "Every client's figures", ar: "أرقام العملاء جميعًا")),
        HTMLPage.table(table, label: label, note: locale(tableNote)))
      if let trend, !trend.clients.isEmpty {
        body += HTMLPage.section(
          id: "trend", title: locale(LocalizedText(en: "Month by month", ar: "شهرًا بشهر")),
          HTMLTrend.grid(
            trend, only: HTMLTrend.drawnClients(of: report),
            lastMonthsFrom: trend.from != report.from ? trend.from : nil,
            locale))
      }
    }
    if let decisions, !decisions.decisions.isEmpty {
      body += HTMLPage.section(
        id: "decisions", title: locale(LocalizedText(en: "Decisions", ar: "القرارات")),
        HTMLDecisionCards.lines(decisions, explanations: anchors, locale))
    }
    if !explanations.isEmpty { body += ExplanationHTML.section(explanations, locale) }
    body += warnings(report.diagnostics, locale)
    body += ["</main>", "<footer>", HTMLPage.paragraph(locale(footer(report))), "</footer>"]
    return HTMLPage.document(title: title, body: body, locale)
  }

  static let tableNote = LocalizedText(
    en: "Money and rates in whole units. Unbilled: work not invoiced yet, estimated at what the client's billed work "
      + "earned. Earned: invoices matched to the work they bill, plus the unbilled work; profit and rates use it. "
      + "Avg days late: amount-weighted average days past due. Overdue: open balances past their due date. Opp. cost: "
      + "what the hours would have earned at the target rate beyond what they did. Share: of the revenue earned "
      + "over the last 12 months.",
    ar:
      "المبالغ والأسعار بوحدات صحيحة من عملة التقرير. غير المفوتر: عمل لم تصدر به فاتورة بعد، مقدّرًا بما حققه عمل العميل المفوتر. "
      + "المكتسب: الفواتير مطابقةً للعمل الذي تفوتره، مع العمل غير المفوتر؛ وعليه يُحسب الربح والأسعار. متوسط "
      + "التأخير: متوسط أيام التأخير عن الاستحقاق، موزونًا بالمبالغ. المتأخر: أرصدة مستحقة تجاوزت موعد استحقاقها. "
      + "الفرصة البديلة: ما كانت الساعات ستحققه بالسعر المستهدف زيادةً على ما حققته. الحصة: من الإيراد المكتسب خلال "
      + "آخر \(count: 12, .month, .oblique).")

  /// Total profit, effective rate, collected, overdue and how many clients lose money.
  static func summary(_ report: ProfitabilityReport, _ locale: TextLocale) -> [String] {
    let totals = report.totals
    let currency = report.currency
    let overdue = report.clients.reduce(Money.zero(currency)) { $0 + $1.aging.overdue }
    let losing = report.losingClients.count
    let items: [(label: LocalizedText, value: String, loss: Bool)] = [
      (
        .profitTitle,
        totals.profit.map { MoneyText.brief($0.exact, currency, locale) } ?? ReportTable.unknown,
        totals.profit?.isNegative == true
      ),
      (
        LocalizedText(en: "Effective rate", ar: "سعر الساعة الفعلي"),
        totals.effectiveRate.map { MoneyText.briefRate($0, currency, locale) } ?? ReportTable.unknown, false
      ),
      (.collectedTitle, MoneyText.brief(totals.collected.exact, currency, locale), false),
      (.overdueTitle, MoneyText.brief(overdue.exact, currency, locale), false),
      (
        LocalizedText(en: "Clients losing money", ar: "عملاء خاسرون"),
        locale(
          LocalizedText(
            en: "\(number: losing) of \(number: report.clients.count)",
            ar: "\(number: losing) من \(number: report.clients.count)")),
        losing > 0
      ),
    ]
    var lines = ["<ul class=\"kpis\">"]
    for item in items {
      let value = item.loss ? "<strong class=\"loss\">" : "<strong>"
      lines.append(
        "<li><span>\(HTMLText.escaped(locale(item.label)))</span> \(value)\(HTMLText.escaped(item.value))</strong></li>"
      )
    }
    lines.append("</ul>")
    lines.append(HTMLPage.paragraph(HTMLPage.keepingSignsAttached(locale(LossSummary.sentence(report)))))
    return lines
  }

  /// The rate chart, the whale curve and the aging chart, side by side where the page is wide
  /// enough.
  static func charts(_ report: ProfitabilityReport, _ locale: TextLocale) -> [String] {
    let currency = report.currency
    var lines = ["<div class=\"chart-grid\">"]
    let rateText = LocalizedText(
      en: "Earned revenue per hour worked, highest first. Clients to the left of the cost line lose money on every "
        + "hour.",
      ar: "الإيراد المكتسب لكل ساعة عمل، الأعلى أولًا. العملاء الذين يقعون يمين خط التكلفة يخسرون في كل ساعة.")
    lines += HTMLPage.section(
      id: "rates", title: locale(LocalizedText(en: "Effective hourly rate", ar: "سعر الساعة الفعلي")),
      [HTMLPage.paragraph(locale(rateText))]
        + HTMLPage.figure(
          RateChart.svg(
            RateChart.bars(report), costRate: report.costRate?.exact, targetRate: report.targetRate?.exact,
            currency: currency, locale)))
    let whale = WhaleCurveChart.clients(report)
    lines += HTMLPage.section(
      id: "whale", title: locale(LocalizedText(en: "Where the profit comes from", ar: "من أين يأتي الربح")),
      whale.isEmpty
        ? [HTMLPage.paragraph(locale(LossSummary.sentence(report)))]
        : [HTMLPage.paragraph(locale(WhaleCurveChart.headline(whale, currency: currency)))]
          + HTMLPage.figure(WhaleCurveChart.svg(whale, currency: currency, locale)))
    let aging = AgingChart.clients(report)
    let agingText = LocalizedText(
      en: "Open balances by days past their due date, oldest to the right.",
      ar: "الأرصدة المستحقة حسب أيام التأخير عن موعد استحقاقها، والأقدم إلى اليسار.")
    let agingContent =
      aging.isEmpty
      ? [HTMLPage.paragraph(locale(.noOpenBalance))]
      : [HTMLPage.paragraph(locale(agingText))] + HTMLPage.figure(AgingChart.svg(aging, currency: currency, locale))
    lines += HTMLPage.section(
      id: "aging", title: locale(LocalizedText(en: "Who owes you", ar: "من يدين لك")), agingContent)
    lines.append("</div>")
    return lines
  }

  /// The diagnostics, if any, as a list: `file:line: warning: message`.
  static func warnings(_ diagnostics: [Diagnostic], _ locale: TextLocale) -> [String] {
    guard !diagnostics.isEmpty else { return [] }
    let items = diagnostics.map { "<li>\(HTMLText.prose($0.rendered(in: locale)))</li>" }
    return HTMLPage.section(
      id: "warnings", title: locale(LocalizedText(en: "Warnings about the input", ar: "تحذيرات بشأن المدخلات")),
      ["<ul>"] + items + ["</ul>"])
  }

  static func footer(_ report: ProfitabilityReport) -> LocalizedText {
    LocalizedText(
      en: "Made by clientworth from your CSV exports, as of \(day: report.asOf). "
        + "Profit and rates use earned revenue (invoices matched to the work they bill, plus unbilled work "
        + "estimated); lateness and aging count from due dates.",
      ar: "أعدّه \(code: "clientworth") من ملفات \(code: "CSV") المصدَّرة، بتاريخ \(day: report.asOf). "
        + "الربح والأسعار على الإيراد المكتسب (الفواتير مطابقةً للعمل الذي تفوتره، مع تقدير العمل غير المفوتر)؛ "
        + "والتأخير وأعمار الديون من تواريخ الاستحقاق.")
  }
}
