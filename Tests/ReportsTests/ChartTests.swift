import Analysis
import Domain
import Localization
import TestSupport
import Testing

@testable import Reports

/// Each chart is a pure function of its values: its SVG is checked against a golden file (the
/// shapes and their positions, not pixels), and its structure is checked by counting.
@Suite struct ChartTests {
  static let usd = Samples.usd

  static let rateBars = [
    RateChart.Bar(name: "Northwind Studio", rate: Fraction(12_100), losing: false),
    RateChart.Bar(name: "Vexley Media", rate: Fraction(27_600, 3), losing: false),
    RateChart.Bar(name: "A client with a rather long name Ltd", rate: Fraction(4_600), losing: true),
    RateChart.Bar(name: "Refunded Co", rate: Fraction(-1_500), losing: true),
    RateChart.Bar(name: "Quiet Co", rate: nil, losing: false),
  ]

  static let whaleClients = [
    WhaleCurveChart.Client(name: "Northwind Studio", profit: Samples.usd(2_589_500)),
    WhaleCurveChart.Client(name: "Vexley Media", profit: Samples.usd(552_000)),
    WhaleCurveChart.Client(name: "Saffron & Sage", profit: Samples.usd(-67_200)),
    WhaleCurveChart.Client(name: "Kettle & Crane Ltd", profit: Samples.usd(-1_831_000)),
  ]

  static let agingClients = [
    AgingChart.Client(
      name: "Harbor Yoga", buckets: [99_800, 0, 80_800, 0, 185_200].map(Samples.usd)),
    AgingChart.Client(name: "Vexley Media", buckets: [0, 166_800, 0, 0, 0].map(Samples.usd)),
    AgingChart.Client(name: "Tiny <Balance>", buckets: [1_500, 0, 0, 0, 0].map(Samples.usd)),
  ]

  static let trendPoints = [
    TrendChart.Point(label: Self.label("2026-07"), rate: Fraction(0), daysLate: nil),
    TrendChart.Point(label: Self.label("2026-08"), rate: Fraction(9_000), daysLate: Fraction(12)),
    TrendChart.Point(label: Self.label("2026-09"), rate: nil, daysLate: Fraction(260)),
    TrendChart.Point(label: Self.label("2026-10"), rate: Fraction(11_050), daysLate: Fraction(5, 2)),
  ]

  /// A month's label as the trend names it.
  static func label(_ month: String) -> LocalizedText {
    TrendPeriod(label: month, first: Samples.day("2026-01-01"), last: Samples.day("2026-01-31")).text
  }

  private func count(_ needle: String, in text: String) -> Int {
    text.components(separatedBy: needle).count - 1
  }

  @Test func rateChart() {
    let svg = RateChart.svg(Self.rateBars, costRate: Fraction(6_500), targetRate: Fraction(9_500), currency: Self.usd)
    #expect(Golden.check(svg, named: "chart-rates.svg") == nil)
    // Four bars (no bar without hours), two in the warning colour, each also marked in words.
    #expect(count("<rect ", in: svg) == 4)
    #expect(count("fill=\"\(ChartPalette.warning)\"><title>", in: svg) == 2)
    #expect(count("· losing</text>", in: svg) == 2)
    #expect(svg.contains(">cost $65/h</text>"))
    #expect(svg.contains(">target $95/h</text>"))
    #expect(svg.contains(">A client with a rathe…</text>"))
    #expect(svg.contains(">no hours</text>"))
  }

  @Test func whaleCurve() {
    let svg = WhaleCurveChart.svg(Self.whaleClients, currency: Self.usd)
    #expect(Golden.check(svg, named: "chart-whale.svg") == nil)
    // One point per client; losing clients as triangles.
    #expect(count("<circle ", in: svg) == 2)
    #expect(count("<polygon ", in: svg) == 2)
    #expect(svg.contains(">peak $31,415</text>"))
    #expect(svg.contains(">−$18,982 given back</text>"))
    #expect(svg.contains(">total $12,433</text>"))
    #expect(
      WhaleCurveChart.headline(Self.whaleClients, currency: Self.usd).englishText
        == "Adding clients from the most to the least profitable, profit peaks at $31,415 after 2 clients; "
        + "the other 2 clients give back $18,982, for a total of $12,433.")
  }

  @Test func whaleCurveWithoutProfitHasNoPeak() {
    let clients = [WhaleCurveChart.Client(name: "Only", profit: Samples.usd(-5_000))]
    let svg = WhaleCurveChart.svg(clients, currency: Self.usd)
    #expect(!svg.contains("peak"))
    #expect(
      WhaleCurveChart.headline(clients, currency: Self.usd).englishText
        == "No client adds to profit: the total is −$50.")
  }

  @Test func agingChart() {
    let svg = AgingChart.svg(Self.agingClients, currency: Self.usd)
    #expect(Golden.check(svg, named: "chart-aging.svg") == nil)
    // Five legend swatches and one segment per non-zero bucket.
    #expect(count("<rect ", in: svg) == 5 + 5)
    #expect(svg.contains(">90+ days</text>"))
    #expect(svg.contains("<title>Tiny &lt;Balance&gt;, current: $15.00</title>"))
    #expect(svg.contains(">$3,658</text>"))
  }

  @Test func trendChart() {
    let svg = TrendChart.svg(
      name: "Acme & Co", Self.trendPoints, scales: TrendChart.Scales(rate: 110.5, daysLate: 90),
      targetRate: Fraction(9_500), currency: Self.usd, id: "trend-chart-1")
    #expect(Golden.check(svg, named: "chart-trend.svg") == nil)
    // Three bars of days late, the one above the axis cut and labelled; the line broken where
    // there were no hours, so two pieces (one of them a single point, drawn as a dot only).
    #expect(count("<rect ", in: svg) == 3)
    #expect(svg.contains(">260</text>"))
    #expect(count("<polyline ", in: svg) == 1)
    #expect(count("<circle ", in: svg) == 3)
    #expect(svg.contains("<title>Acme &amp; Co: effective rate and days late by period</title>"))
  }

  /// Every client's chart spans every period of the trend: Kettle & Crane, quiet in August,
  /// leaves August empty, and its September and October sit where Acme's do.
  @Test func monthChartsShareOneTimeAxis() {
    let trend = TrendSamples.trend()
    let scales = TrendChart.scales(trend)
    let charts = trend.clients.map { client in
      let points = TrendChart.points(client)
      return (
        points,
        TrendChart.svg(
          name: client.name, points, scales: scales, targetRate: nil, currency: Self.usd, id: client.name)
      )
    }
    #expect(charts.map(\.0.count) == [3, 3])
    #expect(charts[1].0.map(\.inSpan) == [false, true, true])
    func circles(_ svg: String) -> [String] {
      svg.split(separator: "\n").filter { $0.contains("<circle ") }.compactMap {
        $0.split(separator: " ").first { $0.hasPrefix("cx=") }.map(String.init)
      }
    }
    // Acme: a dot each month; Kettle & Crane: September and October, at Acme's places.
    #expect(circles(charts[0].1).count == 3)
    #expect(circles(charts[1].1) == Array(circles(charts[0].1).suffix(2)))
    #expect(charts[1].1.contains(">2026-08</text>") && charts[1].1.contains(">2026-10</text>"))
  }

  @Test func everyChartIsAnImageWithTitleAndDescription() {
    let charts = [
      RateChart.svg(Self.rateBars, costRate: nil, targetRate: nil, currency: Self.usd),
      WhaleCurveChart.svg(Self.whaleClients, currency: Self.usd),
      AgingChart.svg(Self.agingClients, currency: Self.usd),
      TrendChart.svg(
        name: "x", Self.trendPoints, scales: TrendChart.Scales(rate: 1, daysLate: 1), targetRate: nil,
        currency: Self.usd, id: "t"),
    ]
    for svg in charts {
      #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\""))
      #expect(svg.contains(" role=\"img\" aria-label=\""))
      #expect(count("<title>", in: svg) >= 1)
      #expect(count("<desc>", in: svg) == 1)
      #expect(svg.hasSuffix("</svg>\n"))
    }
  }

  @Test(arguments: [
    (12.34, "12.3"), (12.35, "12.4"), (-0.04, "0"), (-0.06, "-0.1"), (-12.0, "-12"), (640.0, "640"),
    (Double.nan, "0"),
  ])
  func coordinatesHaveOneDecimal(value: Double, text: String) {
    #expect(SVGCanvas.number(value) == text)
  }

  @Test(arguments: [
    (0.0, 108.0, 6, 0.0, 120.0, 20.0), (-15.0, 121.0, 6, -25.0, 125.0, 25.0), (0.0, 0.0, 6, 0.0, 1.0, 0.2),
    (0.0, 34_939.0, 6, 0.0, 40_000.0, 10_000.0), (0.0, 260.0, 2, 0.0, 400.0, 200.0),
  ])
  func scalesWidenToRoundTicks(
    minimum: Double, maximum: Double, ticks: Int, lower: Double, upper: Double, step: Double
  ) {
    let scale = ChartScale(minimum: minimum, maximum: maximum, start: 0, end: 100, ticks: ticks)
    #expect(scale.lower == lower)
    #expect(scale.upper == upper)
    #expect(scale.step == step)
    #expect(scale.position(lower) == 0)
    #expect(scale.position(upper) == 100)
  }
}
