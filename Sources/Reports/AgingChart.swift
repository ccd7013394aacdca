import Analysis
import Domain

/// Receivables aging per client as stacked horizontal bars: current, 1-30, 31-60, 61-90 and 90+
/// days past due, always in that order from left to right, under a legend; the open total at the
/// end of each bar.
enum AgingChart {
  /// One client's open balances, in bucket order.
  struct Client: Sendable, Equatable {
    var name: String
    /// current, 1-30, 31-60, 61-90, 90+.
    var buckets: [Money]

    var total: Money { buckets.dropFirst().reduce(buckets.first ?? .zero(.unknown), +) }
  }

  static let bucketNames = ["current", "1-30 days", "31-60 days", "61-90 days", "90+ days"]
  static let width = 560.0
  static let labelWidth = 150.0
  static let valueWidth = 70.0
  static let top = 44.0
  static let rowHeight = 26.0
  static let barHeight = 18.0
  static let bottom = 28.0
  static let nameColumns = 20
  /// A segment narrower than this carries no amount inside it (the total and its tooltip still do).
  static let minimumLabelledWidth = 52.0

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
  static func svg(_ clients: [Client], currency: Currency, id: String = "aging-chart") -> String {
    let height = top + Double(clients.count) * rowHeight + bottom
    var canvas = SVGCanvas(width: width, height: height, id: id)
    drawLegend(on: &canvas)
    let totals = clients.map { ChartLabels.major($0.total.exact, currency) }
    let scale = ChartScale(minimum: 0, maximum: totals.max() ?? 0, start: labelWidth, end: width - valueWidth)
    let plotBottom = top + Double(clients.count) * rowHeight
    for tick in scale.ticks {
      let x = scale.position(tick)
      canvas.line(x1: x, y1: top - 4, x2: x, y2: plotBottom, stroke: ChartPalette.grid)
      canvas.text(
        ChartLabels.money(tick: tick, currency), x: x, y: plotBottom + 18, anchor: .middle, fill: ChartPalette.muted)
    }
    for (index, client) in clients.enumerated() {
      let middle = top + (Double(index) + 0.5) * rowHeight
      canvas.text(
        ChartLabels.name(client.name, maximum: nameColumns), x: labelWidth - 8, y: middle + 4.5, anchor: .end,
        fill: ChartPalette.ink)
      var running = 0.0
      for (bucket, amount) in client.buckets.enumerated() where amount.minorUnits > 0 {
        let start = scale.position(running)
        running += ChartLabels.major(amount.exact, currency)
        let end = scale.position(running)
        canvas.rect(
          x: start, y: middle - barHeight / 2, width: end - start, height: barHeight, fill: ChartPalette.aging[bucket],
          stroke: ChartPalette.background,
          title: "\(client.name), \(bucketNames[bucket]): \(amount.formatted())")
        if end - start >= minimumLabelledWidth {
          canvas.text(
            MoneyText.brief(amount.exact, currency), x: (start + end) / 2, y: middle + 4.5, anchor: .middle, size: 11,
            fill: ChartPalette.agingText[bucket])
        }
      }
      canvas.text(
        MoneyText.brief(client.total.exact, currency), x: scale.position(running) + 6, y: middle + 4.5,
        fill: ChartPalette.ink)
    }
    canvas.line(x1: scale.position(0), y1: top - 4, x2: scale.position(0), y2: plotBottom, stroke: ChartPalette.ink)
    return canvas.document(
      title: "Open balances per client by days past due", description: description(clients, currency: currency))
  }

  /// Five swatches and their names, in bucket order, across the top.
  private static func drawLegend(on canvas: inout SVGCanvas) {
    var x = 8.0
    for (bucket, name) in bucketNames.enumerated() {
      canvas.rect(x: x, y: 8, width: 14, height: 14, fill: ChartPalette.aging[bucket], stroke: ChartPalette.muted)
      canvas.text(name, x: x + 19, y: 19.5, fill: ChartPalette.ink)
      x += 19 + Double(name.count) * 7 + 16
    }
  }

  /// What the chart shows, in words.
  static func description(_ clients: [Client], currency: Currency) -> String {
    guard !clients.isEmpty else { return "No client has an open balance." }
    let parts = clients.map { client in
      let buckets = zip(bucketNames, client.buckets).filter { !$0.1.isZero }.map {
        "\($0.0) \(MoneyText.brief($0.1.exact, currency))"
      }
      return "\(client.name): \(buckets.joined(separator: ", "))"
    }
    return "Open balances by days past due. " + parts.joined(separator: "; ") + "."
  }
}
