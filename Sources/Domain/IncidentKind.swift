/// The kinds of incident the spec knows (spec §4, "Incident kinds"): severe, moderate, or an
/// attempt, something you did to fix things.
public enum IncidentKind: String, Hashable, Sendable, CaseIterable {
  case abuse, threat, harassment, illegal
  case latePayment = "late-payment"
  case scopeChange = "scope-change"
  case outOfHours = "out-of-hours"
  case unreasonableDemand = "unreasonable-demand"
  case excessiveCriticism = "excessive-criticism"
  case negativeReview = "negative-review"
  case misleadingInfo = "misleading-info"
  case contractBreach = "contract-breach"
  case refundDemand = "refund-demand"
  case disrespect
  case noResponse = "no-response"
  case warning
  case fixAttempt = "fix-attempt"
  case rateProposed = "rate-proposed"
  case boundarySet = "boundary-set"

  /// How an incident weighs (spec §4): severe ends the relationship whatever the money (spec §5
  /// rule 1), three moderate ones make the conduct flag, an attempt starts the time a fix gets.
  public enum Weight: String, Sendable {
    case severe
    case moderate
    case attempt
  }

  public var weight: Weight {
    switch self {
    case .abuse, .threat, .harassment, .illegal: .severe
    case .warning, .fixAttempt, .rateProposed, .boundarySet: .attempt
    default: .moderate
    }
  }

  public var isSevere: Bool { weight == .severe }
  public var isModerate: Bool { weight == .moderate }
  /// A warning, a fix attempt, a rate proposed or a boundary set: what you did, not what the client did.
  public var isAttempt: Bool { weight == .attempt }

  /// Parses a kind case-insensitively, accepting `_` or a space for `-`.
  public init?(text: some StringProtocol) {
    let word = String(
      text.trimmingWhitespace().lowercased().map { $0 == "_" || $0 == " " ? "-" : $0 })
    self.init(rawValue: word)
  }
}
