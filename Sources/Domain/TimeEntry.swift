/// Time tracked for a client on one day.
public struct TimeEntry: Hashable, Sendable {
  public var day: Day
  public var client: ClientKey
  /// Whole seconds (spec §1: decimal hours become `round(hours × 3600)`).
  public var seconds: Int64
  public var billable: Bool
  /// The entry's billable value: its amount, else rate × hours; nil when the data has neither.
  public var value: Money?
  public var project: String?
  public var person: String?
  public var position: SourcePosition?

  public init(
    day: Day, client: ClientKey, seconds: Int64, billable: Bool = true, value: Money? = nil,
    project: String? = nil, person: String? = nil, position: SourcePosition? = nil
  ) {
    self.day = day
    self.client = client
    self.seconds = seconds
    self.billable = billable
    self.value = value
    self.project = project
    self.person = person
    self.position = position
  }
}
