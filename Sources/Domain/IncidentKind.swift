/// The kinds of incident the spec knows, each severe or moderate (spec §4, "Incident kinds").
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

  /// Severe incidents end the relationship whatever the money (spec §5 rule 1).
  public var isSevere: Bool {
    switch self {
    case .abuse, .threat, .harassment, .illegal: true
    default: false
    }
  }

  /// Parses a kind case-insensitively, accepting `_` or a space for `-`.
  public init?(text: some StringProtocol) {
    let word = String(
      text.trimmingWhitespace().lowercased().map { $0 == "_" || $0 == " " ? "-" : $0 })
    self.init(rawValue: word)
  }
}
