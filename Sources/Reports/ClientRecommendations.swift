import Decisions
import Domain

/// Each client's recommendation, for the report's Decision column and `decision` field.
enum ClientRecommendations {
  /// By client key; the first, should a client have two decisions; empty without decisions.
  static func of(_ decisions: DecisionReport?) -> [ClientKey: Recommendation] {
    Dictionary(
      (decisions?.decisions ?? []).map { ($0.client, $0.recommendation) }, uniquingKeysWith: { first, _ in first })
  }
}
