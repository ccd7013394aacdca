import Analysis
import Domain

/// The report and the decisions before and after a `whatif`'s changes, client by client, and the
/// portfolio's profit over the year ahead at each side's run-rate.
public struct WhatIfReport: Sendable, Equatable {
  /// One client on each side; nil on a side where it is no client (dropped, or a refill).
  public struct Client: Sendable, Equatable {
    public var client: ClientKey
    public var name: String
    public var before: Side?
    public var after: Side?
    /// The dropped client whose hours this new client works (`Scenario.refillName(of:)`), by name.
    public var refillOf: String?

    /// True when the client is on both sides with different recommendations.
    public var flips: Bool {
      guard let before, let after else { return false }
      return before.recommendation != after.recommendation
    }
  }

  /// What a side shows of a client.
  public struct Side: Sendable, Equatable {
    /// The report's figures over the period; nil for a client with none in it.
    public var figures: Figures?
    public var recommendation: Recommendation?
    /// profit(W) a month (spec §5).
    public var monthlyProfit: Fraction?
  }

  public var before: ProfitabilityReport
  public var beforeDecisions: DecisionReport
  public var after: ProfitabilityReport
  public var afterDecisions: DecisionReport
  public var changes: [WhatIfChange]
  public var scenario: Scenario
  /// Sorted by name.
  public var clients: [Client]
  /// Σ monthlyProfit × 12 over the clients of each side: the year ahead at the window's run-rate.
  public var yearlyProfitBefore: Fraction
  public var yearlyProfitAfter: Fraction

  init(
    before: ProfitabilityReport, beforeDecisions: DecisionReport, after: ProfitabilityReport,
    afterDecisions: DecisionReport, changes: [WhatIfChange], scenario: Scenario, names: ClientDirectory
  ) {
    self.before = before
    self.beforeDecisions = beforeDecisions
    self.after = after
    self.afterDecisions = afterDecisions
    self.changes = changes
    self.scenario = scenario
    let sides = [Self.sides(before, beforeDecisions), Self.sides(after, afterDecisions)]
    let keys = Set(sides[0].keys).union(sides[1].keys)
    let droppedNames = scenario.refill ? scenario.dropped.map(names.displayName(for:)) : []
    let refills = Dictionary(droppedNames.map { (Scenario.refillName(of: $0), $0) }, uniquingKeysWith: { a, _ in a })
    clients = keys.map { key in
      let name = names.displayName(for: key)
      return Client(
        client: key, name: name, before: sides[0][key], after: sides[1][key],
        refillOf: sides[0][key] == nil ? refills[name] : nil)
    }.sorted { ($0.name, $0.client) < ($1.name, $1.client) }
    yearlyProfitBefore = Self.yearly(beforeDecisions)
    yearlyProfitAfter = Self.yearly(afterDecisions)
  }

  /// The clients that are on both sides and changed recommendation.
  public var flips: [Client] { clients.filter(\.flips) }

  private static func sides(_ report: ProfitabilityReport, _ decisions: DecisionReport) -> [ClientKey: Side] {
    var sides: [ClientKey: Side] = [:]
    for client in report.clients { sides[client.client] = Side(figures: client.figures) }
    for decision in decisions.decisions {
      var side = sides[decision.client] ?? Side(figures: nil)
      side.recommendation = decision.recommendation
      side.monthlyProfit = decision.monthlyProfit
      sides[decision.client] = side
    }
    return sides
  }

  private static func yearly(_ decisions: DecisionReport) -> Fraction {
    decisions.decisions.reduce(Fraction.zero) { $0 + ($1.monthlyProfit ?? .zero) } * Fraction(12)
  }
}
