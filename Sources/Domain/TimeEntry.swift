/// Time tracked for a client on one day: one row of a time log, or the sum of several rows
/// with the same client, day, billable flag and value currency (the importers fold rows as they
/// read, so memory follows the days worked rather than the rows).
public struct TimeEntry: Hashable, Sendable {
  // Declared in this order, the narrow fields last, so they pack into 80 bytes rather than 88: a
  // large import keeps hundreds of thousands, and every pass over them reads all of them.
  public var client: ClientKey
  /// Whole seconds (spec §1: decimal hours become `round(hours × 3600)`).
  public var seconds: Int64
  /// Where the (first) row came from, for messages about its amount.
  public var position: SourcePosition?
  /// The entry's billable value: its amount, else rate × hours; nil when the data has neither.
  public var value: Money?
  public var day: Day
  public var billable: Bool

  public init(
    day: Day, client: ClientKey, seconds: Int64, billable: Bool = true, value: Money? = nil,
    position: SourcePosition? = nil
  ) {
    self.day = day
    self.client = client
    self.seconds = seconds
    self.billable = billable
    self.value = value
    self.position = position
  }

  /// What two entries must share to be folded into one.
  public struct FoldKey: Hashable, Sendable {
    var client: ClientKey
    var day: Day
    var billable: Bool
    var currency: Currency?
  }

  public var foldKey: FoldKey {
    FoldKey(client: client, day: day, billable: billable, currency: value?.currency)
  }

  /// Adds another entry's time and value; both must have the same fold key.
  public mutating func fold(_ other: TimeEntry) {
    seconds += other.seconds
    if let more = other.value { value = value.map { $0 + more } ?? more }
  }
}
