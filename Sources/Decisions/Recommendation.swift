/// What to do about a client (spec §5), in the order the rules are tried.
public enum Recommendation: String, Sendable, CaseIterable {
  case exitNow = "exit-now"
  case inactive
  case invoiceFirst = "invoice-first"
  case keep
  case watch
  case renegotiate
  case exitAtContractEnd = "exit-at-contract-end"

  /// True for the two exits.
  public var isExit: Bool { self == .exitNow || self == .exitAtContractEnd }
}
