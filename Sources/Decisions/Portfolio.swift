import Domain
import Localization

/// The decisions taken together (spec §5 "Portfolio"): how much of the revenue the exits take, and
/// a note when so many clients are told to go that the pricing itself is in question.
public struct Portfolio: Sendable, Equatable {
  /// Σ share of the clients told to leave for their losses (exit-now after a failed fix,
  /// exit-at-contract-end, phase-out).
  public var exitShare: Fraction
  /// The clients those are, by name.
  public var leaving: [String]
  /// Set when two or more clients leave for their losses or they hold 30% or more of the revenue.
  public var note: LocalizedText?

  /// The share of revenue from which the exits put the pricing in question.
  static let noteShare = Fraction(3, 10)

  public init(exitShare: Fraction, leaving: [String], note: LocalizedText?) {
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

extension LocalizedText {
  /// `costRate`: the one rate every hour costs; nil when people's or dates' rates differ.
  fileprivate static func pricingNote(count: Int, share: Fraction, costRate: Money?) -> LocalizedText {
    let rate =
      costRate.map {
        LocalizedText(en: "your cost rate of \(money: $0) an hour", ar: "بتكلفة ساعتك البالغة \(money: $0)")
      }
      ?? LocalizedText(en: "your cost rates", ar: "بتكاليف ساعات فريقك")
    let itself =
      costRate == nil
      ? LocalizedText(en: "the cost rates themselves", ar: "وتكاليف الساعات نفسها")
      : LocalizedText(en: "the cost rate itself", ar: "وتكلفة الساعة نفسها")
    if count == 1 {
      return LocalizedText(
        en:
          "1 client holding \(percent: share) of your revenue loses money at \(rate): before letting it "
          + "go, check your pricing and \(itself), not only the client",
        ar: "\(rate) يخسر عميل واحد يمثل \(percent: share) من إيرادك: قبل الاستغناء عنه، راجع تسعيرك "
          + "\(itself)، لا العميل وحده")
    }
    // The verb before its subject stays singular in Arabic, whatever the count; the pronoun after
    // it is dual for two.
    let them: Template = count == 2 ? "عنهما كليهما" : "عنهم جميعًا"
    return LocalizedText(
      en: "\(number: count) clients holding \(percent: share) of your revenue lose money at \(rate): "
        + "before letting them all go, check your pricing and \(itself), not only the clients",
      ar: "\(rate) يخسر \(count: count, .client) حصتها مجتمعةً \(percent: share) من إيرادك: قبل الاستغناء "
        + them + "، راجع تسعيرك \(itself)، لا العملاء وحدهم")
  }
}
