/// What time is summed by: two rows with equal keys are one `TimeEntry`, their seconds and values
/// added (sums are all the figures need).
///
/// Names are numbers in the `TimeLog` that holds the key (its clients, names and currencies), so
/// a key is a few plain words, compared and hashed without touching text. Adding a way to split
/// time (a task, a cost rate) is one more field here and one more in `TimeEntry`.
public struct TimeKey: Hashable, Sendable {
  /// The client's number in the log (`TimeLog.clientNumber(_:)`).
  public var client: Int32
  /// The project's and the person's numbers among the log's names; 0 when the row has none.
  public var project: Int32
  public var person: Int32
  public var day: Day
  public var billable: Bool
  /// The value's currency's number in the log; 0 when the row has no value.
  public var currency: Int32
  /// 0 for time that folds; for a row kept apart, a number of its own in the log (spec §1: an
  /// amount that will be converted into another currency is converted one row at a time).
  public var apart: Int32

  public init(
    client: Int32, project: Int32 = 0, person: Int32 = 0, day: Day, billable: Bool, currency: Int32 = 0,
    apart: Int32 = 0
  ) {
    self.client = client
    self.project = project
    self.person = person
    self.day = day
    self.billable = billable
    self.currency = currency
    self.apart = apart
  }
}

/// One `TimeEntry` as a `TimeLog` stores it: its key, its sums, and where its first row was.
@usableFromInline struct TimeSum: Sendable {
  @usableFromInline var key: TimeKey
  /// The line and column of the first row, and the number of its file in the log (0: none).
  @usableFromInline var line: Int32
  @usableFromInline var column: Int32
  @usableFromInline var file: Int32
  @usableFromInline var seconds: Int64
  /// Minor units of the key's currency (0 when it has none).
  @usableFromInline var value: Int64

  init(key: TimeKey, line: Int32, column: Int32, file: Int32, seconds: Int64, value: Int64) {
    self.key = key
    self.line = line
    self.column = column
    self.file = file
    self.seconds = seconds
    self.value = value
  }
}
