/// A linear scale from values to chart coordinates, over a domain widened to round ticks.
///
/// Values here are for drawing only (`Fraction.approximateDouble`); labels are written from the
/// exact figures, or from the ticks, which are round numbers.
struct ChartScale: Equatable {
  /// The domain, widened to whole ticks.
  let lower: Double
  let upper: Double
  /// The coordinates `lower` and `upper` map to (`start` may be greater than `end`, for y).
  let start: Double
  let end: Double
  let step: Double

  /// A scale whose domain holds `minimum`…`maximum` and zero, widened to multiples of a round step
  /// (1, 2, 2.5 or 5 times a power of ten) giving about `ticks` intervals.
  init(minimum: Double, maximum: Double, start: Double, end: Double, ticks: Int = 6) {
    var low = min(0, minimum)
    var high = max(0, maximum)
    if high - low <= 0 { high = low + 1 }
    let step = Self.roundStep(for: (high - low) / Double(max(1, ticks)))
    low = (low / step).rounded(.down) * step
    high = (high / step).rounded(.up) * step
    self.lower = low
    self.upper = high
    self.start = start
    self.end = end
    self.step = step
  }

  /// The coordinate of `value`.
  func position(_ value: Double) -> Double {
    start + (value - lower) / (upper - lower) * (end - start)
  }

  /// The round values from `lower` to `upper`, every `step`.
  var ticks: [Double] {
    let count = Int(((upper - lower) / step).rounded())
    return (0...count).map { lower + Double($0) * step }
  }

  /// The smallest of 1, 2, 2.5, 5 × 10ⁿ that is at least `raw`.
  static func roundStep(for raw: Double) -> Double {
    guard raw > 0, raw.isFinite else { return 1 }
    var magnitude = 1.0
    while magnitude * 10 <= raw { magnitude *= 10 }
    while magnitude > raw { magnitude /= 10 }
    for factor in [1.0, 2.0, 2.5, 5.0] where magnitude * factor >= raw { return magnitude * factor }
    return magnitude * 10
  }
}
