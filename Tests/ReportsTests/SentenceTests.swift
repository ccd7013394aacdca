import Analysis
import Decisions
import Domain
import Localization
import Testing

@testable import Reports

/// The one-line verdicts and summaries, word for word.
@Suite struct SentenceTests {
  static func decision(_ name: String) -> Decision? {
    DecisionSamples.report.decisions.first { $0.name == name }
  }

  @Test(arguments: [
    (
      "Kettle & Crane Ltd",
      "Exit now: it still loses $1,050 a month after your warning of 2026-09-01; leaving is worth $5,250 over the "
        + "next 6 months, and a refund of up to $3,000 can help end cleanly."
    ),
    (
      "Vexley Media",
      "Exit now: a severe incident (abuse on 2026-09-22) ends the relationship whatever the money; say so in "
        + "writing, briefly and firmly."
    ),
    (
      "Meridian Health",
      "Phase out: it still loses $895 a month after your rate proposal of 2026-07-15, but brings 26% of your "
        + "revenue; replace its $5,104 a month by 2027-01-30, then leave."
    ),
    (
      "Pinecrest Legal LLP",
      "Exit at contract end: the contract ends within 0.7 months; finish it and do not renew, as it loses $212 a "
        + "month."
    ),
    ("Orchard Analytics", "Fix: it loses $1,046 a month; make the fixes below by 2026-11-30, or plan to leave."),
    (
      "Driftwood Cafe",
      "Fix: your boundary of 2026-09-08 has until 2026-10-08 to work; it loses $357 a month meanwhile."
    ),
    ("Bluebird Bakery", "Renegotiate: it loses $217 a month; propose €82/h (+50%), with an answer by 2026-11-30."),
    ("Harbor Yoga", "Watch: it makes $640 a month, but it is flagged below-target, late-payer."),
    ("Acme Corp", "Invoice first: bill the work that is not invoiced yet before judging this client."),
    ("Saffron & Sage", "New: a client for 54 days, too soon to judge; look again on 2026-11-06."),
    ("Northwind Studio", "Keep: it makes $2,104 a month and nothing is flagged."),
    ("Lumen Dental", "Inactive: no time, invoice or expense from 2026-08-03 to 2026-10-31; nothing to decide."),
  ])
  func verdict(name: String, expected: String) throws {
    let decision = try #require(Self.decision(name))
    #expect(Verdict.sentence(decision, currency: Samples.usd).englishText == expected)
  }

  @Test func aWatchVerdictNamesTheFlagsHeldFromTheWindowsBefore() throws {
    var decision = try #require(Self.decision("Harbor Yoga"))
    decision.window.flags = [.latePayer]
    decision.heldFlags = [.belowTarget]
    #expect(
      Verdict.sentence(decision, currency: Samples.usd).englishText
        == "Watch: it makes $640 a month, but it is flagged below-target, late-payer.")
    decision.window.flags = []
    decision.heldFlags = [.scopeCreep]
    #expect(
      Verdict.sentence(decision, currency: Samples.usd).englishText
        == "Watch: it makes $640 a month, but it is flagged scope-creep.")
  }

  @Test func aLossInItsBandIsToldAsCloseToBreakingEven() throws {
    var decision = try #require(Self.decision("Northwind Studio"))
    decision.monthlyProfit = DecisionSamples.dollars("-10.15")
    #expect(
      Verdict.sentence(decision, currency: Samples.usd).englishText
        == "Keep: it loses $10 a month, close to breaking even after a profitable run, and nothing is flagged.")
    decision.recommendation = .watch
    decision.heldFlags = [.latePayer]
    #expect(
      Verdict.sentence(decision, currency: Samples.usd).englishText
        == "Watch: it loses $10 a month, close to breaking even after a profitable run, but it is flagged late-payer.")
  }

  @Test func aFirstFixAfterAnAttemptThatWorkedIsNotAFollowUp() throws {
    // Driftwood's boundary is on record, but as rule 12's (the boundary worked for a while, and the
    // loss is new): the verdict and the letter are a first fix's, not a reminder of the boundary.
    var decision = try #require(Self.decision("Driftwood Cafe"))
    decision.rule = 12
    #expect(
      Verdict.sentence(decision, currency: Samples.usd).englishText
        == "Fix: it loses $357 a month; make the fixes below by 2026-10-08, or plan to leave.")
    decision.rule = 10
    #expect(Verdict.sentence(decision, currency: Samples.usd).englishText.hasPrefix("Fix: your boundary of 2026-09-08"))
  }

  @Test func refundOffers() throws {
    var decision = try #require(Self.decision("Kettle & Crane Ltd"))
    #expect(
      Verdict.refundLine(decision, currency: Samples.usd)?.englishText
        == "A refund of $3,000.00 beats staying: leaving with it costs $1,950.00 less than staying 6 months. It is "
        + "more than the $2,500.00 they paid in the window.")
    decision.refundWeighed = RefundWeighed(
      amount: Samples.usd(10_000), gainOfLeaving: DecisionSamples.dollars("-510"), paidInWindow: Samples.usd(50_000),
      owedPastDue: Samples.usd(80_000))
    #expect(
      Verdict.refundLine(decision, currency: Samples.usd)?.englishText
        == "A refund of $100.00 loses to staying: leaving with it costs $510.00 more than staying 6 months. But they "
        + "owe $800.00 past due: collect it, or net it against the refund.")
    #expect(Verdict.refundLine(try #require(Self.decision("Lumen Dental")), currency: Samples.usd) == nil)
  }

  @Test(arguments: [
    (Fraction(6), "6 months"), (Fraction(1), "1 month"), (Fraction(2, 3), "0.7 months"), (.zero, "0 months"),
  ])
  func months(value: Fraction, expected: String) {
    #expect(LocalizedText.same("\(count: value, .month)").englishText == expected)
  }

  @Test func lossSummary() {
    #expect(
      LossSummary.sentence(Samples.report).englishText
        == "2 clients lose money: Kettle & Crane Ltd (−$3,050), Vexley Media (−$1,020).")
    var one = Samples.report
    one.clients = [Samples.client("Tiny", invoiced: 0, cost: 40)]
    #expect(LossSummary.sentence(one).englishText == "1 client loses money: Tiny (−$0.40).")
    one.clients = [Samples.client("Unknown", seconds: 3600, unbilled: nil)]
    #expect(
      LossSummary.sentence(one).englishText
        == "No client with a known profit loses money; the others have unbilled work of unknown value.")
    one.costRateMissing = true
    #expect(
      LossSummary.sentence(one).englishText == "Profit is unknown without a cost rate: set one to see who loses money.")
    one.costRateMissing = false
    one.clients = []
    #expect(LossSummary.sentence(one).englishText == "No client loses money.")
  }

  @Test func decisionCountsInUrgencyOrder() {
    #expect(
      DecisionCards.counts(DecisionSamples.report.decisions).englishText
        == "12 clients: 2 exit now, 1 exit at contract end, 1 phase out, 2 fix, 1 renegotiate, 1 watch, "
        + "1 invoice first, 1 new, 1 keep, 1 inactive")
  }

  @Test func cardsAreWorstFirst() {
    // By urgency, then by the larger monthly loss, unknown last.
    let order = DecisionOrder.worstFirst(DecisionSamples.report.decisions).map(\.name)
    #expect(
      order == [
        "Kettle & Crane Ltd", "Vexley Media", "Pinecrest Legal LLP", "Meridian Health", "Orchard Analytics",
        "Driftwood Cafe", "Bluebird Bakery", "Harbor Yoga", "Acme Corp", "Saffron & Sage", "Northwind Studio",
        "Lumen Dental",
      ])
  }

  @Test(arguments: [
    ("Kettle & Crane Ltd", "Kettle-Crane-Ltd"), ("  --Ünïcode  Café!! ", "Ünïcode-Café"), ("東京 デザイン", "東京-デザイン"),
    ("!!!", "client"), ("a/b\\c", "a-b-c"),
  ])
  func letterFileNames(name: String, stem: String) {
    #expect(DecisionLetters.fileStem(name) == stem)
  }
}
