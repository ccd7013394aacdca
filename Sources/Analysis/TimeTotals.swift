import Domain

/// What the figures need of a client's time entries: how many, and their sums.
struct TimeTotals: Sendable {
  var entryCount = 0
  var seconds: Int64 = 0
  var billableSeconds: Int64 = 0
  /// The billable entries' value, nil when none has one.
  var billableValue: Money?

  /// Counts one entry: its seconds, and when `billable` its seconds and value as billable too.
  mutating func add(seconds: Int64, billable: Bool, value: Money?) {
    entryCount += 1
    self.seconds += seconds
    guard billable else { return }
    billableSeconds += seconds
    if let value { billableValue = (billableValue ?? .zero(value.currency)) + value }
  }

  mutating func add(_ other: TimeTotals) {
    entryCount += other.entryCount
    seconds += other.seconds
    billableSeconds += other.billableSeconds
    if let value = other.billableValue { billableValue = billableValue.map { $0 + value } ?? value }
  }
}
