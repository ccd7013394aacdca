/// The eight rules of spec §5, in the order they are tried; the first that applies decides.
///
/// Two rules give `exit-now`; keeping them apart lets the reasons and the plan say which one did.
enum DecisionRule: Int, Sendable, CaseIterable {
  /// 1. Any severe incident in W, whatever the money.
  case severeIncident = 1
  /// 2. No time, invoice or expense in W.
  case inactive
  /// 3. Time in W but no invoice in W.
  case invoiceFirst
  /// 4. monthlyProfit ≥ 0 and none of below-target, late-payer, scope-creep, conduct over W.
  case keep
  /// 5. monthlyProfit ≥ 0 otherwise.
  case watch
  /// 6. increaseNeeded ≤ maxRateIncrease and fewer than 3 moderate incidents in W.
  case renegotiate
  /// 7. H ≤ 1.
  case contractEnd
  /// 8. Otherwise: exit now, with maxRefund.
  case loss

  /// The recommendation this rule gives.
  var recommendation: Recommendation {
    switch self {
    case .severeIncident, .loss: .exitNow
    case .inactive: .inactive
    case .invoiceFirst: .invoiceFirst
    case .keep: .keep
    case .watch: .watch
    case .renegotiate: .renegotiate
    case .contractEnd: .exitAtContractEnd
    }
  }
}
