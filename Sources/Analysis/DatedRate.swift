import Domain

/// A cost rate that may change from a date (spec §2 `costRate`, `people`): the rate in force on a
/// day is that of the latest step starting on or before it.
public struct DatedRate: Sendable, Equatable {
  /// One rate and the first day it holds; nil: from the start of the data.
  public struct Step: Sendable, Equatable {
    public var from: Day?
    public var rate: Money

    public init(from: Day? = nil, rate: Money) {
      self.from = from
      self.rate = rate
    }
  }

  /// Earliest first; at most one step has no date, and it comes first.
  public private(set) var steps: [Step]

  /// A rate that never changes.
  public init(_ rate: Money) {
    steps = [Step(rate: rate)]
  }

  /// The steps in date order (an undated one first); nil when there is none or two start on one day.
  public init?(steps: [Step]) {
    let sorted = steps.sorted { ($0.from?.daysSinceEpoch ?? .min) < ($1.from?.daysSinceEpoch ?? .min) }
    for (earlier, later) in zip(sorted, sorted.dropFirst()) where earlier.from == later.from { return nil }
    guard !sorted.isEmpty else { return nil }
    self.steps = sorted
  }

  /// The rate in force on `day`; nil before the first dated step.
  public func rate(on day: Day) -> Money? {
    var found: Money?
    for step in steps {
      if let from = step.from, from > day { break }
      found = step.rate
    }
    return found
  }

  /// The latest rate: what an hour costs from now on.
  public var current: Money { steps[steps.count - 1].rate }
}
