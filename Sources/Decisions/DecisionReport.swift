import Analysis
import Domain

/// Every client's decision at one as-of date (spec §6 `decide`).
public struct DecisionReport: Sendable, Equatable {
  public var asOf: Day
  public var currency: Currency
  /// Sorted by client name.
  public var decisions: [Decision]
  /// Warnings the calculation raised (a payment for no known invoice, a paid amount with no date).
  public var diagnostics: [Diagnostic] = []

  public init(asOf: Day, currency: Currency, decisions: [Decision]) {
    self.asOf = asOf
    self.currency = currency
    self.decisions = decisions
  }
}
