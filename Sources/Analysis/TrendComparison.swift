/// A client's earlier and later half of its active periods, each computed as one period: the
/// plain answer to "is this relationship improving or sliding?".
///
/// Halves rather than the first and last period, because a period's invoices often bill the
/// period before: a client's first month tends to show hours and no invoice, its last month the
/// reverse, and comparing those would show a change that is only the billing cycle. Each half
/// carries the same lag once. With an odd count, the middle period belongs to neither half.
public struct TrendComparison: Sendable, Equatable {
  public var earlier: TrendPoint
  public var later: TrendPoint

  public init(earlier: TrendPoint, later: TrendPoint) {
    self.earlier = earlier
    self.later = later
  }
}
