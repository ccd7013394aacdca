import Domain

/// One client's figures period by period.
public struct ClientTrend: Sendable, Equatable {
  public var client: ClientKey
  /// The name to show, as in the profitability report.
  public var name: String
  /// One point per period of the trend, in order, inactive ones included.
  public var points: [TrendPoint]
  /// The earlier and later half of the active span; nil when it is shorter than two periods.
  public var comparison: TrendComparison?

  public init(client: ClientKey, name: String, points: [TrendPoint], comparison: TrendComparison? = nil) {
    self.client = client
    self.name = name
    self.points = points
    self.comparison = comparison
  }

  /// The points from the client's first active period to its last (inner quiet periods kept);
  /// empty when the client is active in none.
  public var activeSpan: ArraySlice<TrendPoint> {
    guard let first = points.firstIndex(where: \.isActive), let last = points.lastIndex(where: \.isActive) else {
      return []
    }
    return points[first...last]
  }
}
