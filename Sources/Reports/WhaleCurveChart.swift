import Analysis
import Domain
import Localization

/// The profitability "whale curve": cumulative profit as clients are added from the most to the
/// least profitable. It is drawn on its side, a client a row from the top down, so every name
/// reads horizontally beside its point at any screen width: the curve runs right while clients
/// make money, peaks, and comes back left as the money-losing tail gives part of it away; the
/// peak, the total and the give-back are labelled. On an Arabic page the whole chart is mirrored
/// (`SVGCanvas`): names on the right, and the curve runs leftwards from them, reading from the right.
enum WhaleCurveChart {
  /// One client's profit.
  struct Client: Sendable, Equatable {
    var name: String
    var profit: Money
  }

  static let width = 400.0
  static let top = 30.0
  static let rowHeight = 24.0
  static let right = 14.0
  /// Of a book of many clients, the most and the least profitable drawn (`ChartRows`).
  static let shownAtEachEnd = 15
  /// Below the rows: the bracket of what the tail gives back and its label.
  static let givenBackHeight = 50.0

  /// The report's clients whose profit is known, most profitable first, ties by name.
  static func clients(_ report: ProfitabilityReport) -> [Client] {
    ClientOrder.sorted(report.clients, by: ClientSort(.profit, descending: true)).compactMap { client in
      client.figures.profit.map { Client(name: client.name, profit: $0) }
    }
  }

  /// The chart, adding clients in the order given (most profitable first).
  static func svg(
    _ clients: [Client], currency: Currency, id: String = "whale-chart", _ locale: TextLocale = .english
  ) -> String {
    let cumulative = running(clients, currency: currency)
    let peak = peakIndex(cumulative)
    // Of many clients, the most and the least profitable and the one where the curve peaks.
    let rows = ChartRows(clients) { $0 < shownAtEachEnd || $0 >= clients.count - shownAtEachEnd || $0 == peak }
    let plotBottom = top + Double(rows.count) * rowHeight
    let height = plotBottom + (givenBack(cumulative) == nil ? 12 : givenBackHeight)
    var canvas = SVGCanvas(width: width, height: height, id: id, locale)
    let size = SVGCanvas.fontSize
    let names = ChartLabels.names(
      rows.shown.map(\.name), size: size, maximum: width * ChartLabels.nameShare, locale)
    let majors = cumulative.map { ChartLabels.major($0.exact, currency) }
    let x = ChartScale.fitting(
      minimum: majors.min() ?? 0, maximum: majors.max() ?? 0, start: 4 + names.width + 14, end: width - right,
      size: size, width: width, label: { ChartLabels.money(tick: $0, currency, locale) })
    for tick in x.ticks {
      let position = x.position(tick)
      canvas.line(x1: position, y1: top - 6, x2: position, y2: plotBottom, stroke: ChartPalette.grid)
      canvas.text(
        ChartLabels.money(tick: tick, currency, locale), x: position, y: top - 12, anchor: .middle,
        fill: ChartPalette.muted)
    }
    let zero = x.position(0)
    canvas.line(x1: zero, y1: top - 6, x2: zero, y2: plotBottom, stroke: ChartPalette.ink, width: 1.5)
    func middle(_ row: Int) -> Double { top + (Double(row) + 0.5) * rowHeight }
    rows.drawLeftOut(ChartRows<Client>.inBetween, rowMiddle: middle, on: &canvas, locale)
    // The curve runs straight through a row of clients left out, from the total before them to
    // the total after.
    let points = rows.places.enumerated().map {
      (x: x.position(majors[$0.element]), y: middle(rows.row(of: $0.offset)))
    }
    canvas.polyline([(x: zero, y: top)] + points, stroke: ChartPalette.primary, width: 2.5)
    for (index, client) in rows.shown.enumerated() {
      let point = points[index]
      let total = cumulative[rows.places[index]]
      let losing = client.profit.isNegative
      canvas.text(
        names.labels[index], x: 4 + names.width, y: point.y + 4.5, anchor: .end,
        fill: losing ? ChartPalette.warning : ChartPalette.ink)
      let title = locale(
        LocalizedText(
          en: "\(name: client.name): \(money: client.profit), running total \(money: total)",
          ar: "\(name: client.name): \(money: client.profit)، والمجموع التراكمي \(money: total)"))
      if losing {
        // A triangle pointing back, so a losing client stands out by shape as well as colour.
        canvas.polygon(
          [(point.x + 5, point.y - 6), (point.x + 5, point.y + 6), (point.x - 6, point.y)], fill: ChartPalette.warning,
          title: title)
      } else {
        canvas.circle(x: point.x, y: point.y, radius: 4.5, fill: ChartPalette.primary, title: title)
      }
    }
    let pointOfPlace = Dictionary(uniqueKeysWithValues: zip(rows.places, points.indices))
    labelEnds(
      cumulative, point: { pointOfPlace[$0].map { points[$0] } }, bottom: plotBottom, currency, locale, on: &canvas)
    return canvas.document(
      title: locale(
        LocalizedText(
          en: "Cumulative profit, most to least profitable client", ar: "الربح التراكمي، من الأكثر ربحًا إلى الأقل")),
      description: locale(description(clients, currency: currency)))
  }

  /// The peak beside its point and the total beside the last; when the tail gives money back, a
  /// bracket under the rows from the total's level to the peak's, labelled with the amount.
  private static func labelEnds(
    _ cumulative: [Money], point: (Int) -> (x: Double, y: Double)?, bottom: Double, _ currency: Currency,
    _ locale: TextLocale, on canvas: inout SVGCanvas
  ) {
    guard let total = cumulative.last, let last = point(cumulative.count - 1) else { return }
    label(
      locale(LocalizedText(en: "total \(brief: total.exact, currency)", ar: "المجموع \(brief: total.exact, currency)")),
      beside: last, on: &canvas)
    guard let peak = peakIndex(cumulative), peak < cumulative.count - 1, let peakPoint = point(peak) else { return }
    let peakAmount = cumulative[peak].exact
    label(
      locale(LocalizedText(en: "peak \(brief: peakAmount, currency)", ar: "الذروة \(brief: peakAmount, currency)")),
      beside: peakPoint, on: &canvas)
    guard let (_, givenBack) = givenBack(cumulative) else { return }
    let level = bottom + 14
    canvas.line(x1: peakPoint.x, y1: peakPoint.y, x2: peakPoint.x, y2: level, stroke: ChartPalette.muted, dash: "3 3")
    canvas.line(x1: last.x, y1: last.y, x2: last.x, y2: level, stroke: ChartPalette.muted, dash: "3 3")
    canvas.line(x1: last.x, y1: level, x2: peakPoint.x, y2: level, stroke: ChartPalette.warning, width: 2)
    canvas.text(
      locale(
        LocalizedText(
          en: "\(brief: -givenBack.exact, currency) given back", ar: "ضاع منها \(brief: givenBack.exact, currency)")),
      x: (last.x + peakPoint.x) / 2, y: level + 20, anchor: .middle, bold: true, fill: ChartPalette.warning)
  }

  /// A bold label right of `point`, or left of it where the right has no room.
  private static func label(_ text: String, beside point: (x: Double, y: Double), on canvas: inout SVGCanvas) {
    let fits = point.x + 10 + TextMetrics.width(text, size: SVGCanvas.fontSize, bold: true) <= width
    canvas.text(
      text, x: fits ? point.x + 10 : point.x - 10, y: point.y + 4.5, anchor: fits ? .start : .end, bold: true,
      fill: ChartPalette.ink, halo: true)
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

  /// The peak and what the clients after it give back; nil when they give nothing back.
  static func givenBack(_ cumulative: [Money]) -> (peak: Int, amount: Money)? {
    guard let peak = peakIndex(cumulative), let total = cumulative.last else { return nil }
    let amount = cumulative[peak] - total
    return amount.minorUnits > 0 ? (peak, amount) : nil
  }

  /// What the chart shows, in words: the headline and every client's profit.
  static func description(_ clients: [Client], currency: Currency) -> LocalizedText {
    guard !clients.isEmpty else { return .noClientFigures }
    let parts = clients.map { LocalizedText.same("\(name: $0.name) \(brief: $0.profit.exact, currency)") }
    return .same("\(headline(clients, currency: currency)) \(list: parts, .semicolon).")
  }

  /// One sentence: where profit peaks, what the rest gives back, and the total.
  static func headline(_ clients: [Client], currency: Currency) -> LocalizedText {
    let cumulative = running(clients, currency: currency)
    guard let total = cumulative.last else { return .noClientFigures }
    let totalText = LocalizedText.same("\(brief: total.exact, currency)")
    guard let peak = peakIndex(cumulative) else {
      return LocalizedText(
        en: "No client adds to profit: the total is \(totalText).",
        ar: "لا يضيف أي عميل إلى الربح: المجموع \(totalText).")
    }
    let count = peak + 1
    let peakAmount = cumulative[peak].exact
    var text = LocalizedText(
      en: "Adding clients from the most to the least profitable, profit peaks at \(brief: peakAmount, currency) after "
        + "\(count: count, .client)",
      ar: "بإضافة العملاء من الأكثر ربحًا إلى الأقل، يبلغ الربح ذروته عند \(brief: peakAmount, currency) بعد "
        + "\(count: count, .client, .oblique)")
    if let (_, givenBack) = givenBack(cumulative) {
      let tail = clients.count - count
      let others: Template =
        tail == 1 ? "; the other client gives back " : "; the other \(number: tail) clients give back "
      text =
        text
        + LocalizedText(
          en: others + "\(brief: givenBack.exact, currency)",
          ar: "؛ ويُضيّع الباقون (\(count: tail, .client)) منه \(brief: givenBack.exact, currency)")
    }
    return text + LocalizedText(en: ", for a total of \(totalText).", ar: "، ليكون المجموع \(totalText).")
  }

  /// The running total after each client.
  static func running(_ clients: [Client], currency: Currency) -> [Money] {
    var total = Money.zero(currency)
    return clients.map { client in
      total += client.profit
      return total
    }
  }
}

extension LocalizedText {
  /// A chart of clients with nobody in it.
  static let noClientFigures = LocalizedText(en: "No client has figures.", ar: "لا أرقام لأي عميل.")
}
