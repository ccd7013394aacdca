import Domain

/// What an hour of each person's time costs (spec §2 `costRate` and `people`): a person's own
/// rate, else the default; a row's own cost rate from its export wins over both (`TimeCost`).
public struct CostRates: Sendable, Equatable {
  /// The default, for everyone the settings do not name; nil: none.
  public var standard: DatedRate?
  /// By the key of each name and alias a person is written with (spelled as clients are, §1).
  public var people: [ClientKey: DatedRate]

  public init(standard: DatedRate? = nil, people: [ClientKey: DatedRate] = [:]) {
    self.standard = standard
    self.people = people
  }

  /// True when the settings give no cost rate at all.
  public var isEmpty: Bool { standard == nil && people.isEmpty }

  /// The one rate every hour of `log` costs: the default with a single step, no person's own rate
  /// and no row's; nil when hours cost different rates (a sentence then says "your cost rates").
  public func uniform(in log: TimeLog) -> Money? {
    guard people.isEmpty, !log.hasCostRates, let standard, standard.steps.count == 1 else { return nil }
    return standard.current
  }

  /// The rate of `person` (as an export spells it; nil: unnamed) on `day`; nil when none is in force.
  public func rate(of person: String?, on day: Day) -> Money? {
    table(person).flatMap { $0.rate(on: day) }
  }

  /// The person's own rates, else the default.
  func table(_ person: String?) -> DatedRate? {
    person.flatMap { people[ClientKey($0)] } ?? standard
  }

  /// The rates of the names of `log` by their numbers (index 0: no person), so that each entry
  /// finds its person's rate without hashing a name.
  func byNumber(in log: TimeLog) -> [DatedRate?] {
    [standard] + log.nameList.map { table($0) }
  }
}
