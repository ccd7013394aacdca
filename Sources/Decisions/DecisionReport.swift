import Analysis
import Domain
import Localization

/// Every client's decision at one as-of date (spec §6 `decide`).
public struct DecisionReport: Sendable, Equatable {
  public var asOf: Day
  public var currency: Currency
  /// Sorted by client name.
  public var decisions: [Decision]
  public var portfolio: Portfolio
  /// The cost rate the decisions were made at.
  public var costRate: Money?
  /// Warnings the calculation raised (a payment for no known invoice, a paid amount with no date).
  public var diagnostics: [Diagnostic] = []

  public init(
    asOf: Day, currency: Currency, decisions: [Decision], portfolio: Portfolio? = nil, costRate: Money? = nil
  ) {
    self.asOf = asOf
    self.currency = currency
    self.decisions = decisions
    self.costRate = costRate
    self.portfolio = portfolio ?? Portfolio(decisions, costRate: costRate)
  }
}

/// Why no decision can be made.
public enum DecisionError: Error, Sendable, Equatable {
  /// Without a cost rate there is no profit, and nothing to decide on (spec §5).
  case costRateMissing
  /// Some hours of these clients in W have no cost rate (spec §4a): their profit, and so their
  /// decision, is unknown.
  case hoursWithoutCostRate(clients: [String])

  /// What to tell the person.
  public var message: LocalizedText {
    switch self {
    case .hoursWithoutCostRate(let clients):
      let names = clients.map { LocalizedText.same("\(name: $0)") }
      return LocalizedText(
        en: "decide needs a cost rate for every hour of the last window, and some hours of \(list: names) have none: "
          + "give their people a rate in \"people\" or set a default \"costRate\" in force on those days (the "
          + "report's warning names them).",
        ar: "يحتاج \(code: "decide") إلى تكلفة لكل ساعة من الفترة الأخيرة، وبعض ساعات \(list: names) بلا تكلفة: "
          + "اضبط تكلفة أصحابها في \(code: "\"people\"") أو تكلفة افتراضية \(code: "\"costRate\"") سارية في تلك "
          + "الأيام (ويسمّيهم تحذير التقرير).")
    case .costRateMissing:
      return LocalizedText(
        en: "decide needs a cost rate: what one hour of your time costs you (the yearly pay you want plus your "
          + "overheads, divided by the hours you bill in a year). Set \"costRate\" in clientworth.json or pass "
          + "--cost-rate AMOUNT.",
        ar: "يحتاج \(code: "decide") إلى تكلفة الساعة: ما تكلّفك ساعة واحدة من وقتك (الأجر السنوي الذي تريده مضافًا "
          + "إليه نفقاتك العامة، مقسومًا على الساعات التي تفوترها في السنة). اضبط \(code: "\"costRate\"") في "
          + "\(code: "clientworth.json") أو مرّر \(code: "--cost-rate") ومعه المبلغ.")
    }
  }
}
