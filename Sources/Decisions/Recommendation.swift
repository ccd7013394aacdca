/// What to do about a client (spec §5), in the order the rules are tried.
public enum Recommendation: String, Sendable, CaseIterable {
  case exitNow = "exit-now"
  case inactive
  case invoiceFirst = "invoice-first"
  case new
  case keep
  case watch
  case exitAtContractEnd = "exit-at-contract-end"
  case phaseOut = "phase-out"
  case fix
  case renegotiate

  /// The three ways of ending the relationship.
  public var isExit: Bool { self == .exitNow || self == .exitAtContractEnd || self == .phaseOut }

  /// The recommendations that ask you to contact the client: a letter is drafted for each (spec §5
  /// "Letters").
  public var needsLetter: Bool { isExit || self == .fix || self == .renegotiate }
}

/// Why a client is told to leave now (spec §6 `exitCause`).
public enum ExitCause: String, Sendable, CaseIterable {
  /// A severe incident in the window: firm, brief, final, in writing.
  case severeIncident = "severe-incident"
  /// A recorded attempt to fix things had its time and the client still loses money.
  case failedFix = "failed-fix"
}
