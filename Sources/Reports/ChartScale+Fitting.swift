/// Scales fitted to their labels: as many round ticks as leave the tick labels apart, and bars
/// short enough for the label after each to end inside the chart.
extension ChartScale {
  /// The least room between two tick labels.
  static let labelGap = 8.0

  /// The scale with the most round ticks (at most `ticks` intervals) whose labels, written by
  /// `label` at `size` under their ticks and kept inside a chart `width` wide, stand apart.
  static func fitting(
    minimum: Double, maximum: Double, start: Double, end: Double, ticks: Int = 6, size: Double, width: Double,
    label: (Double) -> String
  ) -> ChartScale {
    var scale = ChartScale(minimum: minimum, maximum: maximum, start: start, end: end, ticks: ticks)
    for fewer in stride(from: ticks - 1, through: 1, by: -1) {
      if scale.labelsStandApart(size: size, width: width, label: label) { break }
      scale = ChartScale(minimum: minimum, maximum: maximum, start: start, end: end, ticks: fewer)
    }
    return scale
  }

  /// A `fitting` scale for bars that each carry a label `width` wide after their end (or after
  /// zero, for a negative bar): its end is as far right as lets every label end by `limit`.
  static func fitting(
    minimum: Double, maximum: Double, start: Double, limit: Double, labelled bars: [(value: Double, width: Double)],
    size: Double, width: Double, label: (Double) -> String
  ) -> ChartScale {
    func scale(ending end: Double) -> ChartScale {
      fitting(minimum: minimum, maximum: maximum, start: start, end: end, size: size, width: width, label: label)
    }
    var end = limit
    var fitted = scale(ending: end)
    // Each pass moves the end left by the largest overrun; a few passes settle it.
    for _ in 0..<8 {
      let overrun = bars.map { fitted.position(max(0, $0.value)) + $0.width - limit }.max() ?? 0
      guard overrun > 0.5, end - overrun > start + 20 else { break }
      end -= overrun
      fitted = scale(ending: end)
    }
    return fitted
  }

  /// Whether the tick labels, centred under their ticks and moved inside 0…`width` as the canvas
  /// moves them, leave `labelGap` between each other.
  func labelsStandApart(size: Double, width: Double, label: (Double) -> String) -> Bool {
    let extents = ticks.map { tick in
      let text = label(tick)
      let x = SVGCanvas.clamped(text, x: position(tick), anchor: .middle, size: size, bold: false, within: width)
      return SVGCanvas.extent(text, x: x, anchor: .middle, size: size, bold: false)
    }.sorted { $0.lowerBound < $1.lowerBound }
    return zip(extents, extents.dropFirst()).allSatisfy { $1.lowerBound - $0.upperBound >= Self.labelGap }
  }
}
