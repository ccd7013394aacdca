import Analysis
import Domain
import Localization

/// Receivables aging per client as stacked horizontal bars: current, 1-30, 31-60, 61-90 and 90+
/// days past due, always in that order from left to right, under a legend that wraps to the
/// chart's width; the open total at the end of each bar.
enum AgingChart {
  /// One client's open balances, in bucket order.
  struct Client: Sendable, Equatable {
    var name: String
    /// current, 1-30, 31-60, 61-90, 90+.
    var buckets: [Money]

    var total: Money { buckets.dropFirst().reduce(buckets.first ?? .zero(.unknown), +) }
  }

  static let bucketNames = [
    LocalizedText(en: "current", ar: "لم يحن موعده"),
    LocalizedText(en: "1-30 days", ar: "\(number: 1)–\(number: 30) يومًا"),
    LocalizedText(en: "31-60 days", ar: "\(number: 31)–\(number: 60) يومًا"),
    LocalizedText(en: "61-90 days", ar: "\(number: 61)–\(number: 90) يومًا"),
    LocalizedText(en: "90+ days", ar: "أكثر من \(count: 90, .day)"),
  ]
  static let width = 400.0
  static let rowHeight = 26.0
  static let barHeight = 18.0
  static let bottom = 28.0
  static let legendRow = 22.0
  /// Of a book of many clients owing, the largest past-due balances drawn (`ChartRows`).
  static let shownFirst = 30
  /// The size of the amounts inside the segments.
  static let segmentFontSize = 11.0

  /// The report's clients that have an open balance, the largest past-due amount first, then the
  /// largest open total, then by name.
  static func clients(_ report: ProfitabilityReport) -> [Client] {
    report.clients.filter { client in client.aging.buckets.contains { !$0.amount.isZero } }
      .sorted { a, b in
        if a.aging.overdue != b.aging.overdue { return a.aging.overdue.minorUnits > b.aging.overdue.minorUnits }
        let (totalA, totalB) = (a.aging.overdue + a.aging.current, b.aging.overdue + b.aging.current)
        if totalA != totalB { return totalA.minorUnits > totalB.minorUnits }
        return ClientOrder.nameOrder((a.client, a.name), (b.client, b.name))
      }
      .map { Client(name: $0.name, buckets: $0.aging.buckets.map(\.amount)) }
  }

  /// The chart, in the order of `clients`.
  static func svg(
    _ clients: [Client], currency: Currency, id: String = "aging-chart", _ locale: TextLocale = .english
  ) -> String {
    let legend = legendPositions(locale)
    let top = (legend.last?.y ?? 0) + legendRow + 8
    let rows = ChartRows(clients, head: shownFirst, tail: 0)
    let plotBottom = top + Double(rows.count) * rowHeight
    var canvas = SVGCanvas(width: width, height: plotBottom + bottom, id: id, locale)
    drawLegend(legend, locale, on: &canvas)
    let size = SVGCanvas.fontSize
    let names = ChartLabels.names(
      rows.shown.map(\.name), size: size, maximum: width * ChartLabels.nameShare, locale)
    let totals = rows.shown.map { MoneyText.brief($0.total.exact, currency, locale) }
    let majors = rows.shown.map { ChartLabels.major($0.total.exact, currency) }
    let scale = ChartScale.fitting(
      minimum: 0, maximum: majors.max() ?? 0, start: 4 + names.width + 8, limit: width - 4,
      labelled: zip(majors, totals).map { ($0, 6 + TextMetrics.width($1, size: size)) }, size: size, width: width,
      label: { ChartLabels.money(tick: $0, currency, locale) })
    canvas.moneyGrid(scale, top: top, bottom: plotBottom, currency: currency, locale)
    func rowMiddle(_ row: Int) -> Double { top + (Double(row) + 0.5) * rowHeight }
    rows.drawLeftOut(
      {
        LocalizedText(
          en: "\(count: $0, .client) owing less (see the table)",
          ar: "\(count: $0, .client) مستحقاتهم أقل (انظر الجدول)")
      }, rowMiddle: rowMiddle, on: &canvas, locale)
    for (index, client) in rows.shown.enumerated() {
      let middle = rowMiddle(rows.row(of: index))
      canvas.text(names.labels[index], x: 4 + names.width, y: middle + 4.5, anchor: .end, fill: ChartPalette.ink)
      var running = 0.0
      for (bucket, amount) in client.buckets.enumerated() where amount.minorUnits > 0 {
        let start = scale.position(running)
        running += ChartLabels.major(amount.exact, currency)
        let end = scale.position(running)
        canvas.rect(
          x: start, y: middle - barHeight / 2, width: end - start, height: barHeight, fill: ChartPalette.aging[bucket],
          stroke: ChartPalette.background,
          title: locale(
            LocalizedText(
              en: "\(name: client.name), \(bucketNames[bucket]): \(money: amount)",
              ar: "\(name: client.name)، \(bucketNames[bucket]): \(money: amount)")))
        let text = MoneyText.brief(amount.exact, currency, locale)
        if TextMetrics.width(text, size: segmentFontSize) + 6 <= end - start {
          canvas.text(
            text, x: (start + end) / 2, y: middle + 4, anchor: .middle, size: segmentFontSize,
            fill: ChartPalette.agingText[bucket])
        }
      }
      canvas.text(totals[index], x: scale.position(running) + 6, y: middle + 4.5, fill: ChartPalette.ink)
    }
    canvas.line(x1: scale.position(0), y1: top - 4, x2: scale.position(0), y2: plotBottom, stroke: ChartPalette.ink)
    return canvas.document(
      title: locale(
        LocalizedText(
          en: "Open balances per client by days past due", ar: "الأرصدة المستحقة لكل عميل حسب أيام التأخير")),
      description: locale(description(clients, currency: currency)))
  }

  /// Where each bucket's swatch goes: left to right, on a new row when the next would not fit.
  static func legendPositions(_ locale: TextLocale = .english) -> [(x: Double, y: Double)] {
    var positions: [(x: Double, y: Double)] = []
    var (x, y) = (4.0, 4.0)
    for name in bucketNames {
      let itemWidth = 19 + TextMetrics.width(locale(name), size: SVGCanvas.fontSize)
      if x > 4 && x + itemWidth > width - 4 { (x, y) = (4, y + legendRow) }
      positions.append((x, y))
      x += itemWidth + 16
    }
    return positions
  }

  /// Five swatches and their names, in bucket order.
  private static func drawLegend(
    _ positions: [(x: Double, y: Double)], _ locale: TextLocale, on canvas: inout SVGCanvas
  ) {
    for (bucket, name) in bucketNames.enumerated() {
      let (x, y) = positions[bucket]
      canvas.rect(x: x, y: y + 4, width: 14, height: 14, fill: ChartPalette.aging[bucket], stroke: ChartPalette.muted)
      canvas.text(locale(name), x: x + 19, y: y + 15.5, fill: ChartPalette.ink)
    }
  }

  /// What the chart shows, in words.
  static func description(_ clients: [Client], currency: Currency) -> LocalizedText {
    guard !clients.isEmpty else { return .noOpenBalance }
    let parts = clients.map { client in
      let buckets = zip(bucketNames, client.buckets).filter { !$0.1.isZero }.map {
        LocalizedText.same("\($0.0) \(brief: $0.1.exact, currency)")
      }
      return LocalizedText.same("\(name: client.name): \(list: buckets, .comma)")
    }
    return LocalizedText(
      en: "Open balances by days past due. \(list: parts, .semicolon).",
      ar: "الأرصدة المستحقة حسب أيام التأخير. \(list: parts, .semicolon).")
  }
}

extension LocalizedText {
  /// Said instead of the aging chart.
  static let noOpenBalance = LocalizedText(en: "No client has an open balance.", ar: "لا رصيد مستحقًا على أي عميل.")
}
