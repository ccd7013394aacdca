import Domain

/// What the figures need of a client's time entries: how many, and their sums.
struct TimeTotals: Sendable {
  var entryCount = 0
  var seconds: Int64 = 0
  var billableSeconds: Int64 = 0
  /// The billable entries' value, nil when none has one.
  var billableValue: Money?

  mutating func add(_ entry: TimeFigures) {
    entryCount += 1
    seconds += entry.seconds
    guard entry.billable else { return }
    billableSeconds += entry.seconds
    if let value = entry.value { billableValue = (billableValue ?? .zero(value.currency)) + value }
  }

  mutating func add(_ other: TimeTotals) {
    entryCount += other.entryCount
    seconds += other.seconds
    billableSeconds += other.billableSeconds
    if let value = other.billableValue { billableValue = billableValue.map { $0 + value } ?? value }
  }
}
