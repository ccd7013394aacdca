import Decisions
import Domain

/// The orders decisions are listed in.
enum DecisionOrder {
  /// The recommendations from most to least urgent: the order of the cards.
  static let urgency: [Recommendation] = [
    .exitNow, .exitAtContractEnd, .phaseOut, .fix, .renegotiate, .watch, .invoiceFirst, .new, .keep, .inactive,
  ]

  /// Worst first: by `urgency`, then by larger monthly loss (unknown last), then by name.
  static func worstFirst(_ decisions: [Decision]) -> [Decision] {
    decisions.sorted { a, b in
      let (rankA, rankB) = (rank(a.recommendation), rank(b.recommendation))
      if rankA != rankB { return rankA < rankB }
      switch (a.monthlyProfit, b.monthlyProfit) {
      case (let x?, let y?) where x != y: return x < y
      case (.some, .none): return true
      case (.none, .some): return false
      default: return ClientOrder.nameOrder((a.client, a.name), (b.client, b.name))
      }
    }
  }

  /// By client name, as the JSON and the CSV list them.
  static func byName(_ decisions: [Decision]) -> [Decision] {
    decisions.sorted { ClientOrder.nameOrder(($0.client, $0.name), ($1.client, $1.name)) }
  }

  private static func rank(_ recommendation: Recommendation) -> Int {
    urgency.firstIndex(of: recommendation) ?? urgency.count
  }
}
