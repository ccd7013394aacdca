import Localization

/// Builds one SVG chart as text, an element a line, so a chart is a pure function of its values
/// and its golden file reads as a list of shapes.
///
/// Every chart is an image (`role="img"`) named by its `<title>` (and `aria-label`, for readers
/// that skip SVG titles) and described by its `<desc>`, which says in words what the picture
/// shows. Colours and fonts are attributes of the SVG itself, not classes of the page, so the SVG
/// looks the same on its own. Coordinates are display units of the `viewBox`,
/// written with at most one decimal; the values they stand for are exact elsewhere.
///
/// A chart is drawn left to right; on a right-to-left page (`mirrored`) the canvas writes every
/// x as `width − x` and sets its text right to left, so that the same drawing reads from the
/// right: names on the right, bars growing leftwards, time running right to left. Anchors keep
/// their meaning (`start` is where the text begins), so a label stays on the same side of its
/// point relative to the reading direction.
struct SVGCanvas {
  let width: Double
  let height: Double
  /// The `id` of the `<svg>` element, unique within the page.
  let id: String
  /// Right to left: every x mirrored and text set right to left.
  let mirrored: Bool
  private let fontFamily: String
  private var elements: [String] = []

  /// The fonts the charts use: the page's system font stack, so no font is fetched.
  static let fontFamily = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif"
  static let arabicFontFamily =
    "'Noto Sans Arabic', 'Noto Naskh Arabic', 'Segoe UI', Tahoma, 'Geeza Pro', system-ui, sans-serif"
  static let fontSize = 14.0

  init(width: Double, height: Double, id: String, _ locale: TextLocale = .english) {
    self.width = width
    self.height = height
    self.id = id
    self.mirrored = locale.isRightToLeft
    self.fontFamily = locale.isRightToLeft ? Self.arabicFontFamily : Self.fontFamily
  }

  /// `x` as drawn: mirrored on a right-to-left canvas.
  private func shown(_ x: Double) -> Double { mirrored ? width - x : x }

  /// How text sits on its anchor point.
  enum Anchor: String {
    case start, middle, end
  }

  mutating func rect(
    x: Double, y: Double, width: Double, height: Double, fill: String, stroke: String? = nil, title: String? = nil
  ) {
    let left = mirrored ? self.width - x - max(0, width) : x
    var attributes = [
      ("x", Self.number(left)), ("y", Self.number(y)), ("width", Self.number(max(0, width))),
      ("height", Self.number(max(0, height))), ("fill", fill),
    ]
    if let stroke { attributes.append(("stroke", stroke)) }
    element("rect", attributes, title: title)
  }

  mutating func line(
    x1: Double, y1: Double, x2: Double, y2: Double, stroke: String, width: Double = 1, dash: String? = nil
  ) {
    var attributes = [
      ("x1", Self.number(shown(x1))), ("y1", Self.number(y1)), ("x2", Self.number(shown(x2))), ("y2", Self.number(y2)),
      ("stroke", stroke), ("stroke-width", Self.number(width)),
    ]
    if let dash { attributes.append(("stroke-dasharray", dash)) }
    element("line", attributes)
  }

  mutating func polyline(_ points: [(x: Double, y: Double)], stroke: String, width: Double = 2) {
    guard points.count > 1 else { return }
    let list = points.map { Self.number(shown($0.x)) + "," + Self.number($0.y) }.joined(separator: " ")
    element(
      "polyline",
      [("points", list), ("fill", "none"), ("stroke", stroke), ("stroke-width", Self.number(width))])
  }

  mutating func circle(x: Double, y: Double, radius: Double, fill: String, stroke: String? = nil, title: String? = nil)
  {
    var attributes = [
      ("cx", Self.number(shown(x))), ("cy", Self.number(y)), ("r", Self.number(radius)), ("fill", fill),
    ]
    if let stroke { attributes.append(("stroke", stroke)) }
    element("circle", attributes, title: title)
  }

  /// A closed shape through `points` (markers other than circles).
  mutating func polygon(_ points: [(x: Double, y: Double)], fill: String, title: String? = nil) {
    let list = points.map { Self.number(shown($0.x)) + "," + Self.number($0.y) }.joined(separator: " ")
    element("polygon", [("points", list), ("fill", fill)], title: title)
  }

  /// Text at a point, moved sideways as little as needed for its estimated width
  /// (`TextMetrics`) to stay inside the chart, so no label is ever clipped. `halo` outlines it in
  /// the background colour so it stays readable where it crosses a line.
  mutating func text(
    _ content: String, x: Double, y: Double, anchor: Anchor = .start, size: Double? = nil, bold: Bool = false,
    fill: String? = nil, halo: Bool = false
  ) {
    let clamped = Self.clamped(content, x: x, anchor: anchor, size: size ?? Self.fontSize, bold: bold, within: width)
    var attributes = [("x", Self.number(shown(clamped))), ("y", Self.number(y))]
    if halo {
      attributes += [("stroke", ChartPalette.background), ("stroke-width", "4"), ("paint-order", "stroke")]
    }
    if anchor != .start { attributes.append(("text-anchor", anchor.rawValue)) }
    if let size { attributes.append(("font-size", Self.number(size))) }
    if bold { attributes.append(("font-weight", "bold")) }
    if let fill { attributes.append(("fill", fill)) }
    elements.append("<text\(Self.attributes(attributes))>\(HTMLText.escaped(content))</text>")
  }

  /// The horizontal extent `text` anchored at `x` takes: its estimated width placed by `anchor`.
  static func extent(_ text: String, x: Double, anchor: Anchor, size: Double, bold: Bool) -> ClosedRange<Double> {
    let width = TextMetrics.width(text, size: size, bold: bold)
    let left =
      switch anchor {
      case .start: x
      case .middle: x - width / 2
      case .end: x - width
      }
    return left...(left + width)
  }

  /// `x` moved so that `text` stays within 0…`width` (its start kept in when it is wider).
  static func clamped(_ text: String, x: Double, anchor: Anchor, size: Double, bold: Bool, within width: Double)
    -> Double
  {
    let extent = extent(text, x: x, anchor: anchor, size: size, bold: bold)
    if extent.upperBound > width { return max(x - (extent.upperBound - width), x - extent.lowerBound) }
    if extent.lowerBound < 0 { return x - extent.lowerBound }
    return x
  }

  /// The whole `<svg>` element: its title and description first, then the shapes in the order
  /// they were drawn (later ones on top).
  func document(title: String, description: String) -> String {
    let direction = mirrored ? "; direction: rtl" : ""
    let style = "font-family: \(fontFamily); font-size: \(Self.number(Self.fontSize))px\(direction)"
    let root: [(String, String)] = [
      ("xmlns", "http://www.w3.org/2000/svg"), ("id", id), ("class", "chart"),
      ("viewBox", "0 0 \(Self.number(width)) \(Self.number(height))"), ("role", "img"), ("aria-label", title),
      ("style", style),
    ]
    var lines = ["<svg\(Self.attributes(root))>"]
    lines.append("  <title>\(HTMLText.escaped(title))</title>")
    lines.append("  <desc>\(HTMLText.escaped(description))</desc>")
    lines += elements.map { "  " + $0 }
    lines.append("</svg>")
    return lines.joined(separator: "\n") + "\n"
  }

  private mutating func element(_ name: String, _ attributes: [(String, String)], title: String? = nil) {
    guard let title else {
      elements.append("<\(name)\(Self.attributes(attributes))/>")
      return
    }
    elements.append("<\(name)\(Self.attributes(attributes))><title>\(HTMLText.escaped(title))</title></\(name)>")
  }

  private static func attributes(_ pairs: [(String, String)]) -> String {
    pairs.map { " \($0.0)=\"\(HTMLText.escaped($0.1))\"" }.joined()
  }

  /// A coordinate with at most one decimal, rounded half away from zero, without `-0` or `.0`.
  static func number(_ value: Double) -> String {
    guard value.isFinite else { return "0" }
    let tenths = Int((value * 10).rounded())
    let whole = tenths / 10
    let fraction = abs(tenths % 10)
    let sign = tenths < 0 && whole == 0 ? "-" : ""
    return fraction == 0 ? "\(whole)" : "\(sign)\(whole).\(fraction)"
  }
}
