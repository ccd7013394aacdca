/// The colours of the HTML report, chosen to stay apart for colour-blind readers.
///
/// Categories use Okabe and Ito's palette ("Color Universal Design", 2008), distinguishable with
/// every common colour-vision deficiency; the aging buckets use ColorBrewer's YlOrRd, a sequential
/// scheme marked colour-blind safe, from light (recent) to dark (old). No chart relies on colour
/// alone: losing clients are also marked in words or by shape, and buckets keep a fixed order.
enum ChartPalette {
  /// Ordinary bars and lines (Okabe–Ito blue).
  static let primary = "#0072B2"
  /// Money-losing clients (Okabe–Ito vermilion).
  static let warning = "#D55E00"
  /// Days late (Okabe–Ito orange).
  static let lateness = "#E69F00"
  /// The target rate line (Okabe–Ito bluish green).
  static let target = "#009E73"
  /// Text, axes and the cost line.
  static let ink = "#222222"
  static let muted = "#5F5F5F"
  static let grid = "#DDDDDD"
  static let background = "#FFFFFF"

  /// current, 1-30, 31-60, 61-90, 90+: grey for not yet due, then YlOrRd.
  static let aging = ["#D9D9D9", "#FED976", "#FD8D3C", "#E31A1C", "#800026"]
  /// The text colour that reads on each aging colour.
  static let agingText = ["#222222", "#222222", "#222222", "#FFFFFF", "#FFFFFF"]
}
