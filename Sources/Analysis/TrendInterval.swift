/// How long each period of a trend is (`clientworth trend --by`): a calendar month or quarter.
public enum TrendInterval: String, Sendable, CaseIterable {
  case month
  case quarter

  /// Months in one period.
  var months: Int {
    switch self {
    case .month: 1
    case .quarter: 3
    }
  }
}
