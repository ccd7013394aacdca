/// The twelve rules of spec §5, in the order they are tried; the first that applies decides.
///
/// Some recommendations come from two rules (exit-now, fix); keeping them apart lets the reasons,
/// the plan and the letter say which one did.
enum DecisionRule: Int, Sendable, CaseIterable {
  /// 1. A severe incident in W, whatever the money.
  case severeIncident = 1
  /// 2. No time, invoice or expense in W.
  case inactive
  /// 3. Unbilled work older than 45 days, or of unknown value: bill it before judging.
  case invoiceFirst
  /// 4. Younger than minHistoryDays.
  case new
  /// 5. monthlyProfit ≥ 0 and none of below-target, late-payer, scope-creep, conduct over W.
  case keep
  /// 6. monthlyProfit ≥ 0 otherwise.
  case watch
  /// 7. The attempt failed, a contract end is set and H ≤ 1: let the contract end.
  case contractEnd
  /// 8. The attempt failed and the client is a concentration risk: replace the revenue, then leave.
  case phaseOut
  /// 9. The attempt failed.
  case failedFix
  /// 10. An attempt is pending: wait for its deadline.
  case pendingFix
  /// 11. No attempt, a rate rise within the cap would break even, fewer than 3 moderate incidents.
  case renegotiate
  /// 12. No attempt: name the causes and their fixes.
  case fix

  /// The recommendation this rule gives.
  var recommendation: Recommendation {
    switch self {
    case .severeIncident, .failedFix: .exitNow
    case .inactive: .inactive
    case .invoiceFirst: .invoiceFirst
    case .new: .new
    case .keep: .keep
    case .watch: .watch
    case .contractEnd: .exitAtContractEnd
    case .phaseOut: .phaseOut
    case .pendingFix, .fix: .fix
    case .renegotiate: .renegotiate
    }
  }

  /// The exit cause of the exit-now rules.
  var exitCause: ExitCause? {
    switch self {
    case .severeIncident: .severeIncident
    case .failedFix: .failedFix
    default: nil
    }
  }
}
