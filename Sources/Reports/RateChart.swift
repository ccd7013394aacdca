import Analysis
import Domain
import Localization

/// The effective hourly rate of each client as horizontal bars, with the cost rate and the target
/// rate as labelled vertical lines. Money-losing clients are drawn in the warning colour and
/// marked `losing` in words beside their rate.
///
/// The names' column is as wide as the longest name (at most `ChartLabels.nameShare` of the
/// chart, longer names cut at their end) and the bars end where the longest label after them
/// still fits, so every label stays inside the chart whatever the data.
enum RateChart {
  /// One client's bar.
  struct Bar: Sendable, Equatable {
    var name: String
    /// Minor units per hour; nil when the client has no hours (no bar, `no hours`).
    var rate: Fraction?
    var losing: Bool
  }

  static let width = 400.0
  static let top = 42.0
  static let rowHeight = 26.0
  static let barHeight = 16.0
  static let bottom = 28.0
  static let noHours = LocalizedText(en: "no hours", ar: "لا ساعات")
  /// Of a book of many clients, the highest and the lowest rates drawn (`ChartRows`).
  static let shownAtEachEnd = 15

  /// The report's clients, highest rate first, clients without hours last, ties by name.
  static func bars(_ report: ProfitabilityReport) -> [Bar] {
    ClientOrder.sorted(report.clients, by: ClientSort(.effectiveRate, descending: true)).map {
      Bar(name: $0.name, rate: $0.figures.effectiveRate, losing: $0.figures.profit?.isNegative == true)
    }
  }

  /// The chart, in the order of `bars`.
  static func svg(
    _ bars: [Bar], costRate: Fraction?, targetRate: Fraction?, currency: Currency, id: String = "rates-chart",
    _ locale: TextLocale = .english
  ) -> String {
    let rows = ChartRows(bars, head: shownAtEachEnd, tail: shownAtEachEnd)
    let height = top + Double(rows.count) * rowHeight + bottom
    var canvas = SVGCanvas(width: width, height: height, id: id, locale)
    let size = SVGCanvas.fontSize
    let names = ChartLabels.names(
      rows.shown.map(\.name), size: size, maximum: width * ChartLabels.nameShare, locale)
    let labels = rows.shown.map { label($0, currency, locale) }
    let rates = rows.shown.compactMap(\.rate) + [costRate, targetRate].compactMap { $0 }
    let majors = rates.map { ChartLabels.major($0, currency) }
    let labelled = zip(rows.shown, labels).map { bar, label in
      (
        bar.rate.map { ChartLabels.major($0, currency) } ?? 0,
        6 + TextMetrics.width(label, size: size, bold: bar.losing)
      )
    }
    let scale = ChartScale.fitting(
      minimum: majors.min() ?? 0, maximum: majors.max() ?? 0, start: 4 + names.width + 8, limit: width - 4,
      labelled: labelled, size: size, width: width, label: { ChartLabels.money(tick: $0, currency, locale) })
    let plotBottom = top + Double(rows.count) * rowHeight
    canvas.moneyGrid(scale, top: top, bottom: plotBottom, currency: currency, locale)
    let zero = scale.position(0)
    canvas.line(x1: zero, y1: top - 4, x2: zero, y2: plotBottom, stroke: ChartPalette.ink)
    if let costRate {
      let x = scale.position(ChartLabels.major(costRate, currency))
      canvas.line(x1: x, y1: top - 8, x2: x, y2: plotBottom, stroke: ChartPalette.ink, width: 1.5, dash: "4 3")
      canvas.text(
        locale(
          LocalizedText(en: "cost \(briefRate: costRate, currency)", ar: "التكلفة \(briefRate: costRate, currency)")),
        x: x, y: 14, anchor: .middle, fill: ChartPalette.ink)
    }
    if let targetRate {
      let x = scale.position(ChartLabels.major(targetRate, currency))
      canvas.line(x1: x, y1: top - 8, x2: x, y2: plotBottom, stroke: ChartPalette.target, width: 2, dash: "8 3")
      canvas.text(
        locale(
          LocalizedText(
            en: "target \(briefRate: targetRate, currency)", ar: "المستهدف \(briefRate: targetRate, currency)")),
        x: x, y: 30, anchor: .middle, bold: true, fill: ChartPalette.target)
    }
    func rowMiddle(_ row: Int) -> Double { top + (Double(row) + 0.5) * rowHeight }
    rows.drawLeftOut(ChartRows<Bar>.inBetween, rowMiddle: rowMiddle, on: &canvas, locale)
    for (index, bar) in rows.shown.enumerated() {
      let middle = rowMiddle(rows.row(of: index))
      canvas.text(names.labels[index], x: 4 + names.width, y: middle + 4.5, anchor: .end, fill: ChartPalette.ink)
      guard let rate = bar.rate else {
        canvas.text(locale(noHours), x: zero + 6, y: middle + 4.5, fill: ChartPalette.muted, halo: true)
        continue
      }
      let end = scale.position(ChartLabels.major(rate, currency))
      canvas.rect(
        x: min(zero, end), y: middle - barHeight / 2, width: abs(end - zero), height: barHeight,
        fill: bar.losing ? ChartPalette.warning : ChartPalette.primary,
        title: locale(barTitle(bar, rate: rate, currency)))
      canvas.text(
        labels[index], x: max(zero, end) + 6, y: middle + 4.5, bold: bar.losing,
        fill: bar.losing ? ChartPalette.warning : ChartPalette.ink, halo: true)
    }
    return canvas.document(
      title: locale(LocalizedText(en: "Effective hourly rate per client", ar: "سعر الساعة الفعلي لكل عميل")),
      description: locale(description(bars, costRate: costRate, targetRate: targetRate, currency: currency)))
  }

  /// A bar's tooltip: `Acme: $92.40/h, loses money`.
  private static func barTitle(_ bar: Bar, rate: Fraction, _ currency: Currency) -> LocalizedText {
    guard bar.losing else { return .same("\(name: bar.name): \(rate: rate, currency)") }
    return LocalizedText(
      en: "\(name: bar.name): \(rate: rate, currency), loses money",
      ar: "\(name: bar.name): \(rate: rate, currency)، يخسر")
  }

  /// The label at the end of a bar: `$92/h`, `$41/h · losing` (bold), `no hours`.
  private static func label(_ bar: Bar, _ currency: Currency, _ locale: TextLocale) -> String {
    guard let rate = bar.rate else { return locale(noHours) }
    guard bar.losing else { return MoneyText.briefRate(rate, currency, locale) }
    return locale(LocalizedText(en: "\(briefRate: rate, currency) · losing", ar: "\(briefRate: rate, currency) · خاسر"))
  }

  /// What the chart shows, in words.
  static func description(
    _ bars: [Bar], costRate: Fraction?, targetRate: Fraction?, currency: Currency
  ) -> LocalizedText {
    var parts = bars.map { bar in
      let rate = bar.rate.map { LocalizedText.same("\(briefRate: $0, currency)") } ?? noHours
      guard bar.losing else { return LocalizedText.same("\(name: bar.name) \(rate)") }
      return LocalizedText(en: "\(name: bar.name) \(rate) (losing)", ar: "\(name: bar.name) \(rate) (خاسر)")
    }
    if let costRate {
      parts.append(
        LocalizedText(
          en: "cost rate \(briefRate: costRate, currency)", ar: "تكلفة الساعة \(briefRate: costRate, currency)"))
    }
    if let targetRate {
      parts.append(
        LocalizedText(
          en: "target rate \(briefRate: targetRate, currency)", ar: "السعر المستهدف \(briefRate: targetRate, currency)")
      )
    }
    return LocalizedText(
      en: "Net revenue per hour worked: \(list: parts, .semicolon).",
      ar: "صافي الإيراد لكل ساعة عمل: \(list: parts, .semicolon).")
  }
}
