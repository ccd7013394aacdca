/// What time is summed by: two rows with equal keys are one `TimeEntry`, their seconds and values
/// added (sums are all the figures need).
///
/// Names are numbers in the `TimeLog` that holds the key (its clients, names and currencies), so
/// a key is a few plain words, compared and hashed without touching text. Adding a way to split
/// time (a task) is one more field here and one more in `TimeEntry`.
public struct TimeKey: Hashable, Sendable {
  /// The client's number in the log (`TimeLog.clientNumber(_:)`).
  public var client: Int32
  /// The project's and the person's numbers among the log's names; 0 when the row has none.
  public var project: Int32
  public var person: Int32
  public var day: Day
  /// 0 for time that folds; for a row kept apart, a number of its own in the log (spec §1: an
  /// amount that will be converted into another currency is converted one row at a time).
  public var apart: Int32
  /// The value's currency's number in the log; 0 when the row has no value.
  public var currency: Int16
  public var billable: Bool
  /// True for rows whose export gave each its own cost rate (Harvest's `Cost Rate`): their cost is
  /// summed with them (`TimeSum.costSeconds`), in the key's currency, and never mixed with time
  /// whose cost comes from the settings.
  public var costed: Bool

  public init(
    client: Int32, project: Int32 = 0, person: Int32 = 0, day: Day, billable: Bool, currency: Int16 = 0,
    apart: Int32 = 0, costed: Bool = false
  ) {
    self.client = client
    self.project = project
    self.person = person
    self.day = day
    self.billable = billable
    self.currency = currency
    self.apart = apart
    self.costed = costed
  }
}

extension TimeKey {
  /// Every field mixed into one word, for the log's own tables: Hasher's SipHash costs several
  /// times more, and is asked for every row read. (A test checks that each field changes it.)
  @inline(__always)
  var mix: UInt64 {
    var word = UInt64(UInt32(bitPattern: client)) | UInt64(UInt32(bitPattern: day.daysSinceEpoch)) << 32
    word = (word ^ word >> 29) &* 0xBF58_476D_1CE4_E5B9
    word ^= UInt64(UInt32(bitPattern: project)) | UInt64(UInt32(bitPattern: person)) << 32
    word = (word ^ word >> 32) &* 0x94D0_49BB_1331_11EB
    word ^=
      UInt64(UInt16(bitPattern: currency)) | UInt64(UInt32(bitPattern: apart)) << 32 | (billable ? 1 << 63 : 0)
      | (costed ? 1 << 62 : 0)
    word = (word ^ word >> 29) &* 0xBF58_476D_1CE4_E5B9
    return word ^ word >> 32
  }
}

/// One `TimeEntry` as a `TimeLog` stores it: its key, its sums and its first row, 56 bytes (a
/// large import keeps a million).
@usableFromInline struct TimeSum: Sendable {
  @usableFromInline var key: TimeKey
  @usableFromInline var seconds: Int64
  /// Minor units of the key's currency (0 when it has none).
  @usableFromInline var value: Int64
  /// Σ seconds × the cost rate each row's export gave it, in minor units of the key's currency per
  /// hour: the rows' cost × 3600, exact (spec §4 divides once per client); 0 unless `key.costed`.
  @usableFromInline var costSeconds: Int64
  /// The first row folded into the entry, for an explanation or a message to point at.
  @usableFromInline var first: RowOrigin

  init(key: TimeKey, seconds: Int64, value: Int64, costSeconds: Int64, first: RowOrigin) {
    self.key = key
    self.seconds = seconds
    self.value = value
    self.costSeconds = costSeconds
    self.first = first
  }
}

/// Where a row came from: the number of its file in the log (0: unknown), and its line.
@usableFromInline struct RowOrigin: Sendable {
  @usableFromInline var file: Int32
  @usableFromInline var line: Int32
}
