import Analysis
import Decisions
import Domain
import Foundation
import Testing

@testable import Reports

/// Every shape and label of every chart of the page lies inside its chart's `viewBox`: a text by
/// its estimated width (`TextMetrics`, which errs wide) and height, a rect by its corners, a line
/// by its ends, a polyline or polygon by its points, a circle by its radius. Checked on the test
/// page and on pages made to break the layout: long names, wide and CJK names, negative rates and
/// profits, large amounts, one client, many clients.
@Suite struct SVGBoundsTests {
  /// One SVG element: its tag and attributes, and its text for a `<text>`.
  struct Element {
    var tag: String
    var attributes: [String: String]
    var text: String

    func number(_ name: String) -> Double? { attributes[name].flatMap(Double.init) }
  }

  /// A chart: its viewBox size, its root font size and its elements.
  struct Chart {
    var id: String
    var width: Double
    var height: Double
    var fontSize: Double
    var elements: [Element]
  }

  /// The charts of `page` (each `<svg>` … `</svg>`, an element a line, as `SVGCanvas` writes them).
  static func charts(in page: String) -> [Chart] {
    var charts: [Chart] = []
    var inside = false
    for line in page.split(separator: "\n").map({ $0.trimmingCharacters(in: .whitespaces) }) {
      if line == "</svg>" { inside = false }
      if line.hasPrefix("<svg ") {
        inside = true
        let root = element(line)
        let box = (root.attributes["viewBox"] ?? "").split(separator: " ").compactMap { Double($0) }
        let size = root.attributes["style"].flatMap { style in
          style.split(separator: ";").first { $0.contains("font-size") }
            .flatMap { Double($0.split(separator: ":").last?.trimmingCharacters(in: .whitespaces).dropLast(2) ?? "") }
        }
        charts.append(
          Chart(
            id: root.attributes["id"] ?? "", width: box.count == 4 ? box[2] : -1, height: box.count == 4 ? box[3] : -1,
            fontSize: size ?? -1, elements: []))
      } else if inside, line.hasPrefix("<"), !line.hasPrefix("</"), !line.hasPrefix("<title"),
        !line.hasPrefix("<desc")
      {
        charts[charts.count - 1].elements.append(element(line))
      }
    }
    return charts
  }

  /// Parses `<tag a="1" b="x">text</tag>` (or `<tag …/>`), unescaping the five entities.
  static func element(_ line: String) -> Element {
    var rest = Substring(line.dropFirst())
    let tag = String(rest.prefix { $0 != " " && $0 != ">" && $0 != "/" })
    rest = rest.dropFirst(tag.count)
    var attributes: [String: String] = [:]
    while let equals = rest.firstIndex(of: "="), rest[..<equals].allSatisfy({ $0 != ">" }) {
      let name = rest[..<equals].trimmingCharacters(in: .whitespaces)
      let valueStart = rest.index(equals, offsetBy: 2)
      guard let valueEnd = rest[valueStart...].firstIndex(of: "\"") else { break }
      attributes[name] = unescaped(String(rest[valueStart..<valueEnd]))
      rest = rest[rest.index(after: valueEnd)...]
    }
    var text = ""
    if let open = rest.firstIndex(of: ">"), let close = rest.range(of: "</\(tag)>") {
      let inner = rest[rest.index(after: open)..<close.lowerBound]
      text = inner.hasPrefix("<title>") ? "" : unescaped(String(inner))
    }
    return Element(tag: tag, attributes: attributes, text: text)
  }

  static func unescaped(_ text: String) -> String {
    text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
      .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
      .replacingOccurrences(of: "&amp;", with: "&")
  }

  /// What lies outside the chart: one line per element, empty when everything is inside.
  static func outside(_ chart: Chart) -> [String] {
    // Coordinates are written with one decimal.
    let slack = 0.1
    func inside(_ x: Double, _ y: Double) -> Bool {
      x >= -slack && x <= chart.width + slack && y >= -slack && y <= chart.height + slack
    }
    var problems: [String] = []
    if chart.width <= 0 || chart.height <= 0 || chart.fontSize <= 0 {
      problems.append("\(chart.id): no viewBox or font")
    }
    for element in chart.elements {
      let a = element.attributes
      var corners: [(Double, Double)] = []
      if a["transform"] != nil { problems.append("\(chart.id): a transform the check cannot follow: \(a)") }
      switch element.tag {
      case "rect":
        let (x, y, w, h) = (
          element.number("x") ?? .nan, element.number("y") ?? .nan, element.number("width") ?? .nan,
          element.number("height") ?? .nan
        )
        corners = [(x, y), (x + w, y + h)]
      case "line":
        corners = [
          (element.number("x1") ?? .nan, element.number("y1") ?? .nan),
          (element.number("x2") ?? .nan, element.number("y2") ?? .nan),
        ]
      case "polyline", "polygon":
        corners = (a["points"] ?? "").split(separator: " ").map { pair in
          let xy = pair.split(separator: ",").compactMap { Double($0) }
          return xy.count == 2 ? (xy[0], xy[1]) : (.nan, .nan)
        }
      case "circle":
        let (x, y, r) = (element.number("cx") ?? .nan, element.number("cy") ?? .nan, element.number("r") ?? .nan)
        corners = [(x - r, y - r), (x + r, y + r)]
      case "text":
        let size = element.number("font-size") ?? chart.fontSize
        let anchor = SVGCanvas.Anchor(rawValue: a["text-anchor"] ?? "start") ?? .start
        let extent = SVGCanvas.extent(
          element.text, x: element.number("x") ?? .nan, anchor: anchor, size: size, bold: a["font-weight"] == "bold")
        let y = element.number("y") ?? .nan
        // The baseline: about 0.8 em of a glyph above it, 0.25 em below.
        corners = [(extent.lowerBound, y - 0.8 * size), (extent.upperBound, y + 0.25 * size)]
      default:
        problems.append("\(chart.id): an element the check does not know: <\(element.tag)>")
      }
      if corners.isEmpty || !corners.allSatisfy({ inside($0.0, $0.1) }) {
        problems.append(
          "\(chart.id): <\(element.tag)> \(element.text) \(a) lies outside 0 0 \(chart.width) \(chart.height)")
      }
    }
    return problems
  }

  static func page(_ report: ProfitabilityReport, trend: TrendReport? = TrendSamples.trend()) -> String {
    var text = ""
    ReportRenderer.render(
      report, decisions: nil, format: .html, sort: nil, options: RenderOptions(), trend: trend, to: &text)
    return text
  }

  /// Pages whose data pushes every label to an edge.
  static var stressPages: [String] {
    var long = Samples.report
    long.clients[0].name = "Evergreen Dental Group of the Pacific Northwest, Incorporated"
    long.clients[1].name = "W" + String(repeating: "M", count: 40)
    long.clients[4].name = "東京デザイン株式会社東京デザイン株式会社"
    var rich = Samples.report
    rich.clients = [
      Samples.client(
        "Big", seconds: Samples.hours("3"), invoiced: 987_654_321_00, collected: 9_000_000_00, cost: 1,
        overdue: [1_000_000_00, 2_000_000_00, 3_000_000_00, 4_000_000_00], current: 5_000_000_00),
      Samples.client(
        "Refunded Co", seconds: Samples.hours("2000"), invoiced: -5_000_00, cost: 90_000_000_00, current: 1),
    ]
    rich.totals = Samples.totals(of: rich.clients)
    rich.costRate = Samples.usd(999_999)
    rich.targetRate = Samples.usd(1)
    var one = Samples.report
    one.clients = [Samples.client("Solo", seconds: Samples.hours("1"), invoiced: 100, current: 100)]
    one.totals = one.clients[0].figures
    var many = Samples.report
    many.clients = (1...40).map { (index: Int) -> ClientFigures in
      let small = Int64(index)
      let overdue: [Int64] = [small * 100, 0, 0, small * 1_000]
      return Samples.client(
        "Client number \(index)", seconds: Samples.hours("\(index)"), invoiced: small * 37_000 - 600_000,
        cost: small * 5_000, overdue: overdue)
    }
    many.totals = Samples.totals(of: many.clients)
    return [page(long), page(rich), page(one, trend: nil), page(many)]
  }

  @Test func everyChartOfTheTestPageStaysInsideItsViewBox() {
    let charts = Self.charts(in: HTMLReportTests.page())
    #expect(charts.count == 5)
    for chart in charts { #expect(Self.outside(chart) == [], "\(chart.id)") }
  }

  @Test func chartsStayInsideWhateverTheData() {
    for page in Self.stressPages {
      let charts = Self.charts(in: page)
      #expect(charts.count >= 3)
      for chart in charts { #expect(Self.outside(chart) == [], "\(chart.id)") }
    }
  }

  @Test func aLongNameKeepsItsFirstLetter() {
    let page = Self.stressPages[0]
    #expect(page.contains(">Evergreen Dental"))
    #expect(page.contains("…</text>"))
  }

  /// The check itself fails on what it must catch.
  @Test func theCheckCatchesWhatLiesOutside() {
    let chart = Chart(
      id: "t", width: 100, height: 50, fontSize: 14,
      elements: [
        Self.element("<text x=\"90\" y=\"20\">a long label</text>"),
        Self.element("<rect x=\"-5\" y=\"0\" width=\"10\" height=\"10\"/>"),
        Self.element("<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"60\"/>"),
        Self.element("<polyline points=\"0,0 101,3\"/>"), Self.element("<circle cx=\"99\" cy=\"10\" r=\"3\"/>"),
        Self.element("<text x=\"10\" y=\"5\">high</text>"),
        Self.element("<text x=\"50\" y=\"20\" transform=\"rotate(-40 50 20)\">turned</text>"),
        Self.element("<text x=\"50\" y=\"20\" text-anchor=\"middle\">ok</text>"),
      ])
    #expect(Self.outside(chart).count == 7)
  }
}
