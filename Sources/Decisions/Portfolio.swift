import Domain

/// The decisions taken together (spec §5 "Portfolio"): how much of the revenue the exits take, and
/// a note when so many clients are told to go that the pricing itself is in question.
public struct Portfolio: Sendable, Equatable {
  /// Σ share of the clients told to leave for their losses (exit-now after a failed fix,
  /// exit-at-contract-end, phase-out).
  public var exitShare: Fraction
  /// The clients those are, by name.
  public var leaving: [String]
  /// Set when two or more clients leave for their losses or they hold 30% or more of the revenue.
  public var note: String?

  /// The share of revenue from which the exits put the pricing in question.
  static let noteShare = Fraction(3, 10)

  public init(exitShare: Fraction, leaving: [String], note: String?) {
    self.exitShare = exitShare
    self.leaving = leaving
    self.note = note
  }

  /// The portfolio of `decisions`.
  init(_ decisions: [Decision], costRate: Money?) {
    let exits = decisions.filter {
      $0.recommendation == .exitAtContractEnd || $0.recommendation == .phaseOut || $0.exitCause == .failedFix
    }
    exitShare = exits.reduce(Fraction.zero) { $0 + ($1.share ?? .zero) }
    leaving = exits.map(\.name).sorted()
    guard exits.count >= 2 || exitShare >= Self.noteShare else {
      note = nil
      return
    }
    note = .pricingNote(count: exits.count, share: exitShare, costRate: costRate)
  }
}

extension String {
  fileprivate static func pricingNote(count: Int, share: Fraction, costRate: Money?) -> String {
    let clients = count == 1 ? "1 client holding" : "\(count) clients holding"
    let verb = count == 1 ? "loses" : "lose"
    let rate = costRate.map { " of \($0.formatted()) an hour" } ?? ""
    let tail =
      count == 1
      ? "before letting it go, check your pricing and the cost rate itself, not only the client"
      : "before letting them all go, check your pricing and the cost rate itself, not only the clients"
    return "\(clients) \(Wording.percent(share)) of your revenue \(verb) money at your cost rate\(rate): " + tail
  }
}
