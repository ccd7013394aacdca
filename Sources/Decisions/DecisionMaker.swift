import Analysis
import Domain

/// Decides, for every client, whether to keep, renegotiate or leave (spec §5).
public enum DecisionMaker {
  /// Every client's decision; `refund` weighs one offer (`--refund AMOUNT`).
  ///
  /// `ledger` must already be in `settings.currency`.
  public static func decide(ledger: Ledger, settings: Settings, refund: Money? = nil) -> DecisionReport {
    // Placeholder until the rules land.
    DecisionReport(asOf: settings.asOf ?? Day(daysSinceEpoch: 0), currency: settings.currency, decisions: [])
  }
}
