import Analysis
import Domain

/// The orders clients are listed in: by name, or by a figure (`--sort`).
enum ClientOrder {
  /// By name, case-insensitively (the client key, which ignores case, `.` and `,`), ties by the
  /// name as shown: the order of the JSON, the CSV and of `--sort client`.
  static func nameOrder(_ a: (key: ClientKey, name: String), _ b: (key: ClientKey, name: String)) -> Bool {
    a.key != b.key ? a.key < b.key : a.name < b.name
  }

  /// Largest `figure` first, ties by name.
  static func largestFirst(
    by figure: @escaping (ClientFigures) -> Int64
  ) -> (ClientFigures, ClientFigures) -> Bool {
    { a, b in figure(a) != figure(b) ? figure(a) > figure(b) : nameOrder((a.client, a.name), (b.client, b.name)) }
  }

  /// `clients` by name.
  static func byName(_ clients: [ClientFigures]) -> [ClientFigures] {
    clients.sorted { nameOrder(($0.client, $0.name), ($1.client, $1.name)) }
  }

  /// `clients` in the `--sort` order: by name when `sort` is nil; else by that field, smallest
  /// first or, descending, largest first; unknown (nil) figures last either way, ties by name.
  static func sorted(_ clients: [ClientFigures], by sort: ClientSort?) -> [ClientFigures] {
    guard let sort else { return byName(clients) }
    guard sort.key != .client else { return sort.descending ? byName(clients).reversed() : byName(clients) }
    return clients.sorted { a, b in
      switch (value(of: sort.key, in: a.figures), value(of: sort.key, in: b.figures)) {
      case (let x?, let y?) where x != y: return sort.descending ? x > y : x < y
      case (.some, .none): return true
      case (.none, .some): return false
      default: return nameOrder((a.client, a.name), (b.client, b.name))
      }
    }
  }

  /// The exact value `key` sorts by (nil: unknown, sorted last).
  static func value(of key: SortKey, in figures: Figures) -> Fraction? {
    switch key {
    case .client: nil
    case .hours: figures.hours
    case .billableHours: figures.billableHours
    case .billableValue: figures.billableValue?.exact
    case .invoiced: figures.invoiced.exact
    case .collected: figures.collected.exact
    case .outstanding: figures.outstanding.exact
    case .badDebt: figures.badDebt.exact
    case .netRevenue: figures.netRevenue.exact
    case .unbilledValue: figures.unbilledValue?.exact
    case .earned: figures.earned?.exact
    case .effectiveRate: figures.effectiveRate
    case .collectedRate: figures.collectedRate
    case .realization: figures.realization
    case .expenses: figures.expenses.exact
    case .cost: figures.cost?.exact
    case .carryingCost: figures.carryingCost.exact
    case .profit: figures.profit?.exact
    case .margin: figures.margin
    case .opportunityCost: figures.opportunityCost?.exact
    case .avgDaysLate: figures.avgDaysLate
    case .avgDaysToPay: figures.avgDaysToPay
    case .lateShare: figures.lateShare
    case .maxDaysLate: figures.maxDaysLate.map { Fraction($0) }
    case .share: figures.share
    }
  }
}
