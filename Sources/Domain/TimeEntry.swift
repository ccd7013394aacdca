/// Time tracked for a client on one day: one row of a time log, or the sum of the rows that share
/// its `TimeKey` (client, project, person, day, billable flag, value currency, own cost rate or not), which the importers
/// fold as they read.
public struct TimeEntry: Hashable, Sendable {
  public var day: Day
  public var client: ClientKey
  /// The project as the export spells it (trimmed); nil when the export has none.
  public var project: String?
  /// The person who did the work, as the export spells it (trimmed); nil when the export has none.
  public var person: String?
  /// Whole seconds (spec §1: decimal hours become `round(hours × 3600)`).
  public var seconds: Int64
  public var billable: Bool
  /// The entry's billable value: its amount, else rate × hours; nil when the data has neither.
  public var value: Money?
  /// Σ seconds × the cost rate per hour the export gave each row (Harvest's `Cost Rate`), in
  /// minor units of `value`'s currency: the rows' cost × 3600, exact; nil when the export gave
  /// none (the settings' rates then apply). Only an entry with a value carries one.
  public var costSeconds: Int64?
  /// Where the entry's first row came from, for explanations and messages; nil when unknown.
  public var position: SourcePosition?

  public init(
    day: Day, client: ClientKey, project: String? = nil, person: String? = nil, seconds: Int64,
    billable: Bool = true, value: Money? = nil, costSeconds: Int64? = nil, position: SourcePosition? = nil
  ) {
    self.day = day
    self.client = client
    self.project = project
    self.person = person
    self.seconds = seconds
    self.billable = billable
    self.value = value
    self.costSeconds = costSeconds
    self.position = position
  }
}
