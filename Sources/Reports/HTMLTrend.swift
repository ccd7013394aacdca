import Analysis
import Domain
import Localization

/// The trend in HTML: one small chart per client (`TrendChart`) on shared scales, with the
/// first and last value of each figure in words; and, for `trend --format html`, a page that adds
/// each client's table.
enum HTMLTrend {
  /// The explanation and the grid of charts: of every client, or of those `only` names (and
  /// then a sentence says how many of how many); `lastMonthsFrom`, when the page drew only the
  /// last months of its period (`ReportRenderer.monthsOnPage`), the first day it drew.
  static func grid(
    _ trend: TrendReport, only drawn: Set<ClientKey>? = nil, lastMonthsFrom start: Day? = nil, _ locale: TextLocale
  ) -> [String] {
    let scales = TrendChart.scales(trend)
    var lines = [HTMLPage.paragraph(locale(explanation(trend)))]
    if let start {
      lines.append(HTMLPage.paragraph(locale(.lastMonthsDrawn(ReportRenderer.monthsOnPage, from: start))))
    }
    if let drawn {
      lines.append(HTMLPage.paragraph(locale(.someTrendsDrawn(drawn.count, of: trend.clients.count))))
    }
    lines.append("<div class=\"trends\">")
    for (index, client) in trend.clients.enumerated() where drawn?.contains(client.client) ?? true {
      let points = TrendChart.points(client)
      guard points.contains(where: \.inSpan) else { continue }
      let summary = client.comparison.map {
        let brief = TrendSummary.brief($0, currency: trend.currency)
        let text = LocalizedText(
          en: "First half → second half: \(brief)", ar: "النصف الأول ← النصف الثاني: \(brief)")
        return "<span>\(HTMLText.escaped(locale(text)))</span>"
      }
      lines.append("<figure>")
      lines.append("<figcaption><bdi>\(HTMLText.escaped(client.name))</bdi>\(summary ?? "")</figcaption>")
      lines += TrendChart.svg(
        name: client.name, points, scales: scales, targetRate: trend.targetRate?.exact, currency: trend.currency,
        id: "trend-chart-\(index + 1)", locale
      ).split(separator: "\n").map(String.init)
      lines.append("</figure>")
    }
    lines.append("</div>")
    return lines
  }

  /// The clients a report's page draws month by month: nil (all of them) up to
  /// `ChartRows.maximum`; beyond, so that the section stays readable (500 charts made 6.4 MB of a
  /// page), those that lose money, the largest loss first, then those that earned the most, that
  /// many in all.
  static func drawnClients(of report: ProfitabilityReport) -> Set<ClientKey>? {
    let most = ChartRows<ClientKey>.maximum
    guard report.clients.count > most else { return nil }
    func earned(_ client: ClientFigures) -> Int64 { (client.figures.earned ?? client.figures.netRevenue).minorUnits }
    let others = report.clients.filter { $0.figures.profit?.isNegative != true }
      .sorted(by: ClientOrder.largestFirst(by: earned))
    return Set((ReportRenderer.losingClients(of: report) + others).prefix(most).map(\.client))
  }

  /// What the charts show and how the periods are measured.
  static func explanation(_ trend: TrendReport) -> LocalizedText {
    switch trend.interval {
    case .month:
      LocalizedText(
        en: "Effective rate (line) and average days late (bars) of each month, every client on the same scales (days "
          + "late above 100 are cut and labelled). Each month counts its own hours and the invoices issued in it, as "
          + "they stand on \(day: trend.asOf): the latest have had less time to be paid late, and a first month often "
          + "has hours but no invoice yet.",
        ar: "سعر الساعة الفعلي (الخط) ومتوسط أيام التأخير (الأعمدة) لكل شهر، والعملاء جميعًا على المقاييس نفسها "
          + "(يُقطع التأخير الذي يتجاوز \(count: 100, .day) ويُكتب رقمه). يحسب كل شهر ساعاته والفواتير الصادرة فيه "
          + "كما هي في \(day: trend.asOf): فأحدث الفواتير لم يمض عليها وقت كافٍ لتتأخر، وكثيرًا ما يكون للشهر الأول "
          + "ساعات بلا فاتورة بعد. والزمن يجري من اليمين إلى اليسار.")
    case .quarter:
      LocalizedText(
        en: "Effective rate (line) and average days late (bars) of each quarter, every client on the same scales "
          + "(days late above 100 are cut and labelled). Each quarter counts its own hours and the invoices issued in "
          + "it, as they stand on \(day: trend.asOf): the latest have had less time to be paid late, and a first "
          + "quarter often has hours but no invoice yet.",
        ar: "سعر الساعة الفعلي (الخط) ومتوسط أيام التأخير (الأعمدة) لكل ربع سنة، والعملاء جميعًا على المقاييس "
          + "نفسها (يُقطع التأخير الذي يتجاوز \(count: 100, .day) ويُكتب رقمه). يحسب كل ربع ساعاته والفواتير الصادرة "
          + "فيه كما هي في \(day: trend.asOf): فأحدث الفواتير لم يمض عليها وقت كافٍ لتتأخر، وكثيرًا ما يكون للربع "
          + "الأول ساعات بلا فاتورة بعد. والزمن يجري من اليمين إلى اليسار.")
    }
  }

  /// The whole page of `trend --format html`.
  static func document(_ trend: TrendReport, _ locale: TextLocale) -> String {
    let title = locale(TrendTable.title(trend))
    var body = ["<header>", "<h1>\(HTMLText.prose(title))</h1>"]
    body.append(
      HTMLPage.paragraph(TrendTable.details(trend).map { locale($0) }.joined(separator: " · "), class: "details"))
    body += ["</header>", "<main>"]
    if trend.clients.isEmpty {
      body.append(HTMLPage.paragraph(locale(.noFigures)))
    } else {
      body += HTMLPage.section(
        id: "trend", title: locale(LocalizedText(en: "Charts", ar: "الرسوم")), grid(trend, locale))
      for (index, client) in trend.clients.enumerated() {
        let table = TrendTable.table(Array(client.activeSpan), trend: trend, precision: .compact, locale)
        let name = locale(.same("\(name: client.name)"))
        var content = HTMLPage.table(table, label: name)
        if let comparison = client.comparison {
          content.append(HTMLPage.paragraph(locale(TrendSummary.sentence(comparison, currency: trend.currency))))
        }
        body += HTMLPage.section(id: "client-\(index + 1)", title: name, content)
      }
      let totals = TrendTable.table(trend.totals, trend: trend, precision: .compact, locale)
      body += HTMLPage.section(
        id: "totals", title: locale(.total), HTMLPage.table(totals, label: locale(.total)))
    }
    body += HTMLReport.warnings(trend.diagnostics, locale)
    body += ["</main>"]
    return HTMLPage.document(title: title, body: body, locale)
  }
}

extension LocalizedText {
  /// `The last 60 months of the period, from 2021-02-01; clientworth trend shows every month.`
  fileprivate static func lastMonthsDrawn(_ months: Int, from start: Day) -> LocalizedText {
    LocalizedText(
      en: "The last \(number: months) months of the period, from \(day: start); "
        + "\(code: "clientworth trend") shows every month.",
      ar: "آخر \(count: months, .month) من الفترة، ابتداءً من \(day: start)؛ ويعرض \(code: "clientworth trend") "
        + "الأشهر جميعًا.")
  }

  /// `The 40 of 500 clients that lose money or earned the most; clientworth trend --format html draws every client.`
  fileprivate static func someTrendsDrawn(_ drawn: Int, of count: Int) -> LocalizedText {
    LocalizedText(
      en: "The \(number: drawn) of \(count: count, .client) that lose money or earned the most; "
        + "\(code: "clientworth trend --format html") draws every client.",
      ar: "\(count: drawn, .client) من \(count: count, .client): من يخسر منهم ومن كسب أكثر؛ "
        + "ويرسم \(code: "clientworth trend --format html") العملاء جميعًا.")
  }
}
