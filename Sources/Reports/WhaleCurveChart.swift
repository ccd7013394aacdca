import Analysis
import Domain

/// The profitability "whale curve": cumulative profit as clients are added from the most to the
/// least profitable. The curve climbs while clients make money, peaks, and falls back as the
/// money-losing tail gives part of it away; the peak, the total and the give-back are labelled.
enum WhaleCurveChart {
  /// One client's profit.
  struct Client: Sendable, Equatable {
    var name: String
    var profit: Money
  }

  static let width = 560.0
  static let height = 340.0
  static let left = 70.0
  static let right = 96.0
  static let top = 34.0
  static let bottom = 116.0
  static let nameColumns = 18

  /// The report's clients whose profit is known, most profitable first, ties by name.
  static func clients(_ report: ProfitabilityReport) -> [Client] {
    ClientOrder.sorted(report.clients, by: .profit).compactMap { client in
      client.figures.profit.map { Client(name: client.name, profit: $0) }
    }
  }

  /// The chart, adding clients in the order given (most profitable first).
  static func svg(_ clients: [Client], currency: Currency, id: String = "whale-chart") -> String {
    var canvas = SVGCanvas(width: width, height: height, id: id)
    let cumulative = running(clients, currency: currency)
    let majors = cumulative.map { ChartLabels.major($0.exact, currency) }
    let y = ChartScale(
      minimum: majors.min() ?? 0, maximum: majors.max() ?? 0, start: height - bottom, end: top)
    let step = (width - left - right) / Double(max(1, clients.count))
    func x(_ index: Int) -> Double { left + Double(index) * step }
    for tick in y.ticks {
      let position = y.position(tick)
      canvas.line(x1: left, y1: position, x2: width - right, y2: position, stroke: ChartPalette.grid)
      canvas.text(
        ChartLabels.money(tick: tick, currency), x: left - 8, y: position + 4.5, anchor: .end,
        fill: ChartPalette.muted)
    }
    let zero = y.position(0)
    canvas.line(x1: left, y1: zero, x2: width - right, y2: zero, stroke: ChartPalette.ink, width: 1.5)
    let points = [(x: x(0), y: zero)] + majors.enumerated().map { (x: x($0.offset + 1), y: y.position($0.element)) }
    canvas.polyline(points, stroke: ChartPalette.primary, width: 2.5)
    for (index, client) in clients.enumerated() {
      let point = points[index + 1]
      let title = "\(client.name): \(client.profit.formatted()), running total \(cumulative[index].formatted())"
      if client.profit.isNegative {
        // A downward triangle, so a losing client stands out by shape as well as colour.
        canvas.polygon(
          [(point.x - 6, point.y - 5), (point.x + 6, point.y - 5), (point.x, point.y + 6)], fill: ChartPalette.warning,
          title: title)
      } else {
        canvas.circle(x: point.x, y: point.y, radius: 4.5, fill: ChartPalette.primary, title: title)
      }
      canvas.text(
        ChartLabels.name(client.name, maximum: nameColumns), x: point.x, y: height - bottom + 16, anchor: .end,
        fill: client.profit.isNegative ? ChartPalette.warning : ChartPalette.ink, rotate: -40)
    }
    labelEnds(cumulative, points: points, currency: currency, on: &canvas)
    return canvas.document(
      title: "Cumulative profit, most to least profitable client",
      description: description(clients, currency: currency))
  }

  /// The peak above its point; the total, and what the tail gives back, in the right margin
  /// beside the last point (the give-back as a bracket from the peak's level down to the total).
  private static func labelEnds(
    _ cumulative: [Money], points: [(x: Double, y: Double)], currency: Currency, on canvas: inout SVGCanvas
  ) {
    guard let total = cumulative.last, let last = points.last else { return }
    let totalText = MoneyText.withMinusSign(MoneyText.brief(total.exact, currency))
    canvas.text("total", x: last.x + 10, y: last.y - 2, fill: ChartPalette.ink)
    canvas.text(totalText, x: last.x + 10, y: last.y + 13, bold: true, fill: ChartPalette.ink)
    guard let peak = peakIndex(cumulative) else { return }
    let peakPoint = points[peak + 1]
    canvas.text(
      "peak " + MoneyText.brief(cumulative[peak].exact, currency), x: peakPoint.x, y: peakPoint.y - 12,
      anchor: anchor(for: peakPoint.x), bold: true, fill: ChartPalette.ink, halo: true)
    let givenBack = cumulative[peak] - total
    guard peak < cumulative.count - 1, givenBack.minorUnits > 0 else { return }
    canvas.line(x1: peakPoint.x, y1: peakPoint.y, x2: last.x, y2: peakPoint.y, stroke: ChartPalette.muted, dash: "3 3")
    canvas.line(x1: last.x, y1: peakPoint.y, x2: last.x, y2: last.y, stroke: ChartPalette.warning, width: 2)
    // Between the peak's level and the total when there is room for two lines, else above the peak's level.
    let middle = last.y - peakPoint.y >= 64 ? (peakPoint.y + last.y) / 2 : peakPoint.y - 22
    let amount = MoneyText.withMinusSign("-" + MoneyText.brief(givenBack.exact, currency))
    canvas.text(amount, x: last.x + 10, y: middle, bold: true, fill: ChartPalette.warning)
    canvas.text("given back", x: last.x + 10, y: middle + 15, fill: ChartPalette.warning)
  }

  /// The first client at which the running total is highest; nil without clients, or when the
  /// total never rises above zero (the curve then peaks at its start).
  static func peakIndex(_ cumulative: [Money]) -> Int? {
    let peak = cumulative.indices.max { a, b in
      cumulative[a].minorUnits != cumulative[b].minorUnits ? cumulative[a].minorUnits < cumulative[b].minorUnits : a > b
    }
    guard let peak, cumulative[peak].minorUnits > 0 else { return nil }
    return peak
  }

  /// What the chart shows, in words: the headline and every client's profit.
  static func description(_ clients: [Client], currency: Currency) -> String {
    guard !clients.isEmpty else { return "No client has figures." }
    let parts = clients.map { "\($0.name) \(MoneyText.withMinusSign(MoneyText.brief($0.profit.exact, currency)))" }
    return headline(clients, currency: currency) + " " + parts.joined(separator: "; ") + "."
  }

  /// One sentence: where profit peaks, what the rest gives back, and the total.
  static func headline(_ clients: [Client], currency: Currency) -> String {
    let cumulative = running(clients, currency: currency)
    guard let total = cumulative.last else { return "No client has figures." }
    let totalText = MoneyText.withMinusSign(MoneyText.brief(total.exact, currency))
    guard let peak = peakIndex(cumulative) else { return "No client adds to profit: the total is \(totalText)." }
    let count = peak + 1
    var text =
      "Adding clients from the most to the least profitable, profit peaks at "
      + "\(MoneyText.brief(cumulative[peak].exact, currency)) after \(count == 1 ? "1 client" : "\(count) clients")"
    let givenBack = cumulative[peak] - total
    if givenBack.minorUnits > 0 {
      let tail = clients.count - count
      text +=
        "; the other \(tail == 1 ? "client gives" : "\(tail) clients give") back "
        + "\(MoneyText.brief(givenBack.exact, currency))"
    }
    return text + ", for a total of \(totalText)."
  }

  /// The running total after each client.
  static func running(_ clients: [Client], currency: Currency) -> [Money] {
    var total = Money.zero(currency)
    return clients.map { client in
      total += client.profit
      return total
    }
  }

  private static func anchor(for x: Double) -> SVGCanvas.Anchor {
    if x < left + 40 { return .start }
    if x > width - right - 30 { return .end }
    return .middle
  }
}
