import Analysis
import Domain
import Localization

/// One client's trend as a small multiple: the effective rate period by period (a line, with the
/// target rate dashed) above the average days late (bars). Every client's chart spans every
/// period of the trend and uses the same scales, so a month sits at the same place in every chart
/// and the charts compare at a glance (a client's months before its first and after its last
/// activity stay empty).
enum TrendChart {
  /// One period's two figures.
  struct Point: Sendable, Equatable {
    /// `2026-03`.
    var label: LocalizedText
    /// Minor units per hour; nil when the client worked no hours then (a gap in the line).
    var rate: Fraction?
    /// Nil when nothing was paid or due then (no bar).
    var daysLate: Fraction?
    /// Whether the client had a fact in the period, or a period between two that do.
    var inSpan: Bool = true
  }

  /// The tops of the two axes, shared by every client's chart.
  struct Scales: Sendable, Equatable {
    /// Major units per hour.
    var rate: Double
    var daysLate: Double
  }

  static let width = 320.0
  static let height = 206.0
  static let left = 50.0
  static let right = 12.0
  static let rateTop = 24.0
  static let rateBottom = 92.0
  static let daysTop = 132.0
  static let daysBottom = 174.0
  static let fontSize = 11.0
  /// The days axis reaches no higher than this (rounded up to a round tick), so one invoice written
  /// off after 300 days does not flatten every other bar; taller bars are cut and carry their value.
  static let daysCap = 90.0

  /// A client's points, one per period of the trend, those outside its active span (from its
  /// first to its last active period) empty.
  static func points(_ client: ClientTrend) -> [Point] {
    let span = Set(client.activeSpan.map(\.period.label))
    return client.points.map {
      let inSpan = span.contains($0.period.label)
      return Point(
        label: $0.period.text, rate: inSpan ? $0.figures.effectiveRate : nil,
        daysLate: inSpan ? $0.figures.avgDaysLate : nil, inSpan: inSpan)
    }
  }

  /// The axis tops that hold every client's points and the target rate.
  static func scales(_ trend: TrendReport) -> Scales {
    let all = trend.clients.flatMap(points)
    let rates = all.compactMap(\.rate) + [trend.targetRate?.exact].compactMap { $0 }
    return Scales(
      rate: rates.map { ChartLabels.major($0, trend.currency) }.max() ?? 0,
      daysLate: min(daysCap, all.compactMap { $0.daysLate?.approximateDouble }.max() ?? 0))
  }

  /// The chart of one client.
  static func svg(
    name: String, _ points: [Point], scales: Scales, targetRate: Fraction?, currency: Currency, id: String,
    _ locale: TextLocale = .english
  ) -> String {
    var canvas = SVGCanvas(width: width, height: height, id: id, locale)
    let rateScale = ChartScale(minimum: 0, maximum: scales.rate, start: rateBottom, end: rateTop, ticks: 4)
    let daysScale = ChartScale(minimum: 0, maximum: scales.daysLate, start: daysBottom, end: daysTop, ticks: 4)
    let band = (width - left - right) / Double(max(1, points.count))
    func x(_ index: Int) -> Double { left + (Double(index) + 0.5) * band }
    canvas.text(
      locale(LocalizedText(en: "Effective rate", ar: "سعر الساعة الفعلي")), x: left, y: 14, size: fontSize, bold: true,
      fill: ChartPalette.primary)
    canvas.text(
      locale(LocalizedText(en: "Avg days late", ar: "متوسط أيام التأخير")), x: left, y: daysTop - 18, size: fontSize,
      bold: true, fill: ChartPalette.ink)
    drawAxis(rateScale, label: { ChartLabels.money(tick: $0, currency, locale) }, on: &canvas)
    drawAxis(daysScale, label: { ChartLabels.days(tick: $0, locale) }, on: &canvas)
    if let targetRate {
      let y = rateScale.position(ChartLabels.major(targetRate, currency))
      canvas.line(x1: left, y1: y, x2: width - right, y2: y, stroke: ChartPalette.target, width: 1.5, dash: "6 3")
      canvas.text(
        locale(LocalizedText(en: "target", ar: "المستهدف")), x: width - right, y: y - 4, anchor: .end, size: 10,
        fill: ChartPalette.target, halo: true)
    }
    var segment: [(x: Double, y: Double)] = []
    for (index, point) in points.enumerated() {
      if let days = point.daysLate {
        let cut = days.approximateDouble > daysScale.upper
        let top = daysScale.position(min(days.approximateDouble, daysScale.upper))
        let barWidth = min(band * 0.6, 16)
        canvas.rect(
          x: x(index) - barWidth / 2, y: top, width: barWidth, height: daysBottom - top, fill: ChartPalette.lateness,
          title: locale(lateness(point.label, days)))
        if cut {
          canvas.text(
            locale(.number(DecimalNumber(days, decimals: 0), grouped: false)), x: x(index), y: daysTop - 4,
            anchor: .middle, size: 10, bold: true, fill: ChartPalette.ink)
        }
      }
      guard let rate = point.rate else {
        canvas.polyline(segment, stroke: ChartPalette.primary)
        segment = []
        continue
      }
      segment.append((x(index), rateScale.position(ChartLabels.major(rate, currency))))
    }
    canvas.polyline(segment, stroke: ChartPalette.primary)
    for (index, point) in points.enumerated() {
      guard let rate = point.rate else { continue }
      canvas.circle(
        x: x(index), y: rateScale.position(ChartLabels.major(rate, currency)), radius: 3, fill: ChartPalette.primary,
        title: locale(.same("\(point.label): \(briefRate: rate, currency)")))
    }
    drawPeriodAxis(points, x: x, locale, on: &canvas)
    return canvas.document(
      title: locale(
        LocalizedText(
          en: "\(name: name): effective rate and days late by period",
          ar: "\(name: name): سعر الساعة الفعلي وأيام التأخير لكل فترة")),
      description: locale(description(points, currency: currency)))
  }

  /// `2026-03: 12.5 days late`.
  private static func lateness(_ label: LocalizedText, _ days: Fraction) -> LocalizedText {
    let number = DecimalNumber(days, decimals: 1)
    return LocalizedText(en: "\(label): \(number: number) days late", ar: "\(label): تأخير \(count: number, .day)")
  }

  /// A tick under each period; the first and the last period named at the ends.
  private static func drawPeriodAxis(
    _ points: [Point], x: (Int) -> Double, _ locale: TextLocale, on canvas: inout SVGCanvas
  ) {
    for index in points.indices {
      canvas.line(x1: x(index), y1: daysBottom, x2: x(index), y2: daysBottom + 3, stroke: ChartPalette.muted)
    }
    guard let first = points.first, let last = points.last else { return }
    canvas.text(locale(first.label), x: left, y: height - 14, size: fontSize, fill: ChartPalette.muted)
    if points.count > 1 {
      canvas.text(
        locale(last.label), x: width - right, y: height - 14, anchor: .end, size: fontSize, fill: ChartPalette.muted)
    }
  }

  /// Grid lines and labels at the scale's lowest and highest ticks.
  private static func drawAxis(_ scale: ChartScale, label: (Double) -> String, on canvas: inout SVGCanvas) {
    for tick in [scale.lower, scale.upper] {
      let y = scale.position(tick)
      canvas.line(
        x1: left, y1: y, x2: width - right, y2: y, stroke: tick == 0 ? ChartPalette.muted : ChartPalette.grid)
      canvas.text(label(tick), x: left - 6, y: y + 4, anchor: .end, size: fontSize, fill: ChartPalette.muted)
    }
  }

  /// Every period's figures in the client's span, in words.
  static func description(_ points: [Point], currency: Currency) -> LocalizedText {
    let span = points.filter(\.inSpan)
    guard !span.isEmpty else { return LocalizedText(en: "No period has figures.", ar: "لا أرقام لأي فترة.") }
    let parts = span.map { point in
      let rate = point.rate.map { LocalizedText.same("\(briefRate: $0, currency)") } ?? RateChart.noHours
      let late =
        point.daysLate.map { days -> LocalizedText in
          let number = DecimalNumber(days, decimals: 1)
          return LocalizedText(en: "\(number: number) days late", ar: "تأخير \(count: number, .day)")
        } ?? TrendSummary.noLateness
      return LocalizedText(en: "\(point.label): \(rate), \(late)", ar: "\(point.label): \(rate)، \(late)")
    }
    return .same("\(list: parts, .semicolon).")
  }
}
