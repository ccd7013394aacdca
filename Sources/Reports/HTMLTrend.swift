import Analysis
import Domain

/// The trend in HTML: one small chart per client (`TrendChart`) on shared scales, with the
/// first and last value of each figure in words; and, for `trend --format html`, a page that adds
/// each client's table.
enum HTMLTrend {
  /// The explanation and the grid of charts.
  static func grid(_ trend: TrendReport) -> [String] {
    let scales = TrendChart.scales(trend)
    var lines = [HTMLPage.paragraph(explanation(trend)), "<div class=\"trends\">"]
    for (index, client) in trend.clients.enumerated() {
      let points = TrendChart.points(client)
      guard points.contains(where: \.inSpan) else { continue }
      let summary = client.comparison.map {
        "<span>First half → second half: \(HTMLText.escaped(TrendSummary.brief($0, currency: trend.currency)))</span>"
      }
      lines.append("<figure>")
      lines.append("<figcaption>\(HTMLText.escaped(client.name))\(summary ?? "")</figcaption>")
      lines += TrendChart.svg(
        name: client.name, points, scales: scales, targetRate: trend.targetRate?.exact, currency: trend.currency,
        id: "trend-chart-\(index + 1)"
      ).split(separator: "\n").map(String.init)
      lines.append("</figure>")
    }
    lines.append("</div>")
    return lines
  }

  /// What the charts show and how the periods are measured.
  static func explanation(_ trend: TrendReport) -> String {
    "Effective rate (line) and average days late (bars) of each \(trend.interval.rawValue), every client on the "
      + "same scales (days late above 100 are cut and labelled). Each \(trend.interval.rawValue) counts its own "
      + "hours and the invoices issued in it, as they stand on \(trend.asOf): the latest have had less time to be "
      + "paid late, and a first \(trend.interval.rawValue) often has hours but no invoice yet."
  }

  /// The whole page of `trend --format html`.
  static func document(_ trend: TrendReport) -> String {
    var body = ["<header>", "<h1>\(HTMLText.escaped(TrendTable.title(trend)))</h1>"]
    body.append(HTMLPage.paragraph(TrendTable.details(trend).joined(separator: " · "), class: "details"))
    body += ["</header>", "<main>"]
    if trend.clients.isEmpty {
      body.append(HTMLPage.paragraph("No client has any figures in this period."))
    } else {
      body += HTMLPage.section(id: "trend", title: "Charts", grid(trend))
      for (index, client) in trend.clients.enumerated() {
        let table = TrendTable.table(Array(client.activeSpan), trend: trend, precision: .compact)
        var content = HTMLPage.table(table, label: client.name)
        if let comparison = client.comparison {
          content.append(HTMLPage.paragraph(TrendSummary.sentence(comparison, currency: trend.currency)))
        }
        body += HTMLPage.section(id: "client-\(index + 1)", title: client.name, content)
      }
      let totals = TrendTable.table(trend.totals, trend: trend, precision: .compact)
      body += HTMLPage.section(
        id: "totals", title: TrendTable.totalsTitle,
        HTMLPage.table(totals, label: TrendTable.totalsTitle))
    }
    body += HTMLReport.warnings(trend.diagnostics)
    body += ["</main>"]
    return HTMLPage.document(title: TrendTable.title(trend), body: body)
  }
}
