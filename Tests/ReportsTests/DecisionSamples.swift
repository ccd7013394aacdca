import Analysis
import Decisions
import Domain

/// Hand-built decisions, one of every recommendation and each way a verdict can read.
enum DecisionSamples {
  static let windowStart = Samples.day("2026-08-03")

  /// Dollars as an exact minor-unit fraction: `dollars("1820.40")` is 182,040 cents.
  static func dollars(_ text: String) -> Fraction { (Fraction(decimal: text) ?? .zero) * Fraction(100) }

  static func incident(_ day: String, _ client: String, _ kind: IncidentKind, _ note: String?) -> Incident {
    Incident(day: Samples.day(day), client: ClientKey(client), kind: kind, note: note)
  }

  /// A decision; figures not given are zero or unknown.
  static func decision(
    _ name: String, _ recommendation: Recommendation, monthlyProfit: Fraction = .zero,
    horizonMonths: Fraction = Fraction(6), continueLoss: Fraction = .zero, exitCost: Fraction = .zero,
    breakEvenRate: Fraction? = nil, proposedRate: Fraction? = nil, increaseNeeded: Fraction? = nil,
    windowSeconds: Int64 = 0, windowFlags: [Flag] = [], reasons: [String] = [], plan: [String] = [],
    incidents: [Incident] = [], refund: (amount: Int64, gain: Fraction)? = nil
  ) -> Decision {
    var window = Samples.client(name, seconds: windowSeconds, flags: windowFlags)
    window.incidents = incidents
    return Decision(
      client: ClientKey(name), name: name, recommendation: recommendation, window: window, windowStart: windowStart,
      windowEnd: Samples.asOf, monthlyProfit: monthlyProfit, horizonMonths: horizonMonths, continueLoss: continueLoss,
      exitCost: exitCost, maxRefund: continueLoss - exitCost, breakEvenRate: breakEvenRate, proposedRate: proposedRate,
      increaseNeeded: increaseNeeded, reasons: reasons, plan: plan, incidents: incidents,
      refundOffer: refund.map { RefundOffer(amount: Samples.usd($0.amount), gainOfLeaving: $0.gain) })
  }

  static let exitPlan = [
    "Check the contract's notice and termination terms.",
    "Finish or hand over the work in progress (10 hours).",
    "Document the incidents and the attempts to fix them.",
    "Tell them in writing: the contract is small.",
    "State the facts plainly and offer a transition plan.",
    "Offer a refund of up to $1,820.40.",
  ]

  /// Ten clients: every recommendation, exits with and without a refund that pays, two refund offers.
  static var report: DecisionReport {
    let decisions = [
      decision(
        "Vexley Media", .exitNow, monthlyProfit: dollars("-385.125"), continueLoss: dollars("2310.75"),
        exitCost: dollars("490.35"), breakEvenRate: dollars("112.4"), proposedRate: dollars("112.4"),
        increaseNeeded: Fraction(183, 1000),
        reasons: ["A severe incident: abuse on 2026-09-22.", "Loses $385.12 a month."], plan: exitPlan,
        incidents: [
          incident("2026-08-14", "Vexley Media", .excessiveCriticism, "Public comments on our work"),
          incident("2026-09-22", "Vexley Media", .abuse, "Shouted at and insulted the designer on a call"),
        ]),
      decision(
        "Kettle & Crane Ltd", .exitNow, monthlyProfit: dollars("-1050"), continueLoss: dollars("6300"),
        exitCost: dollars("1050"), breakEvenRate: dollars("180"), proposedRate: dollars("180"),
        increaseNeeded: Fraction(4, 5), reasons: ["Breaking even needs +80%, more than the 50% worth proposing."],
        plan: exitPlan, incidents: [incident("2026-09-20", "Kettle & Crane Ltd", .scopeChange, nil)],
        refund: (300_000, dollars("2250"))),
      decision(
        "Harbor Yoga", .exitNow, monthlyProfit: dollars("-40"), continueLoss: dollars("240"), exitCost: dollars("650"),
        breakEvenRate: dollars("171"), proposedRate: dollars("171"), increaseNeeded: Fraction(4, 5),
        reasons: ["Breaking even needs +80%."], plan: Array(exitPlan.prefix(5)), refund: (10_000, dollars("-510"))),
      decision(
        "東京デザイン株式会社", .exitNow, monthlyProfit: dollars("1200"), continueLoss: .zero, exitCost: dollars("130"),
        breakEvenRate: dollars("65"), proposedRate: dollars("95"), increaseNeeded: Fraction(-1, 3),
        reasons: ["A severe incident: threat on 2026-10-02."], plan: Array(exitPlan.prefix(5)),
        incidents: [incident("2026-10-02", "東京デザイン株式会社", .threat, "Threatened legal action over a typo")]),
      decision(
        "Pinecrest Legal LLP", .exitAtContractEnd, monthlyProfit: dollars("-212.5"), horizonMonths: Fraction(20, 30),
        continueLoss: dollars("141.67"), exitCost: dollars("390"), breakEvenRate: dollars("88"),
        proposedRate: dollars("95"), increaseNeeded: Fraction(3, 5),
        reasons: ["The contract ends on 2026-11-20.", "3 moderate incidents in the window."], plan: exitPlan),
      decision(
        "Orchard Analytics", .renegotiate, monthlyProfit: dollars("-150"), continueLoss: dollars("900"),
        breakEvenRate: dollars("88.5"), proposedRate: dollars("101.25"), increaseNeeded: Fraction(9, 50),
        reasons: ["Loses $150.00 a month.", "Effective rate $75.00/h is below the target $95.00/h."]),
      decision(
        "Lumen Dental", .renegotiate, monthlyProfit: dollars("-30.333"), continueLoss: dollars("182"),
        breakEvenRate: dollars("111.7"), proposedRate: dollars("111.7"), increaseNeeded: Fraction(1, 20),
        reasons: ["Loses $30.33 a month."]),
      decision(
        "Bluebird Bakery", .watch, monthlyProfit: dollars("640.5"), breakEvenRate: dollars("70"),
        proposedRate: dollars("95"), increaseNeeded: Fraction(-3, 10), windowFlags: [.latePayer, .scopeCreep],
        reasons: ["Pays 21.5 days late on average."],
        incidents: [incident("2026-09-01", "Bluebird Bakery", .latePayment, "Second reminder")]),
      decision(
        "Northwind Studio", .keep, monthlyProfit: dollars("2104.444"), breakEvenRate: dollars("61.2"),
        proposedRate: dollars("95"), increaseNeeded: Fraction(-2, 5)),
      decision("Acme Corp", .invoiceFirst, windowSeconds: Samples.hours("14.5")),
      decision("Saffron & Sage", .inactive),
    ]
    var report = DecisionReport(asOf: Samples.asOf, currency: Samples.usd, decisions: decisions)
    report.diagnostics = [
      Diagnostic(file: "payments.csv", line: 7, column: 1, severity: .warning, message: "payment for no known invoice")
    ]
    return report
  }
}
