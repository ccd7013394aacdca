import Domain

/// What the figures need of a client's time entries: how many, and their sums.
struct TimeTotals: Sendable, Equatable {
  var entryCount = 0
  var seconds: Int64 = 0
  var billableSeconds: Int64 = 0
  /// The billable entries' value, nil when none has one.
  var billableValue: Money?
  /// The time's cost at each entry's rate.
  var cost = TimeCost()

  /// Counts one entry: its seconds and cost (`rowCost`, the row's own, else seconds × `rate`),
  /// and when `billable` its seconds and value as billable too.
  mutating func add(seconds: Int64, billable: Bool, value: Money?, rowCost: Int64?, rate: Money?) {
    entryCount += 1
    self.seconds += seconds
    cost.add(seconds: seconds, rowCost: rowCost, rate: rate)
    guard billable else { return }
    billableSeconds += seconds
    if let value { billableValue = (billableValue ?? .zero(value.currency)) + value }
  }

  mutating func add(_ other: TimeTotals) {
    entryCount += other.entryCount
    seconds += other.seconds
    billableSeconds += other.billableSeconds
    cost.add(other.cost)
    if let value = other.billableValue { billableValue = billableValue.map { $0 + value } ?? value }
  }
}
