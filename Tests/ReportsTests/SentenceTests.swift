import Analysis
import Decisions
import Domain
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
      "Exit now: refunding up to $5,250 is cheaper than staying 6 months, which would lose $6,300."
    ),
    (
      "東京デザイン株式会社",
      "Exit now: a severe incident (threat on 2026-10-02) ends the relationship whatever the money, though no refund "
        + "makes leaving cheaper than staying."
    ),
    ("Lumen Dental", "Renegotiate: raise the rate to $112/h (+5%) to break even."),
    ("Orchard Analytics", "Renegotiate: raise the rate to $101/h to reach your target; $88/h (+18%) only breaks even."),
    ("Northwind Studio", "Keep: it makes $2,104 a month and nothing is flagged."),
    ("Bluebird Bakery", "Watch: it makes $640 a month, but it is flagged late-payer, scope-creep."),
    ("Saffron & Sage", "Inactive: no time, invoice or expense from 2026-08-03 to 2026-10-31; nothing to decide."),
  ])
  func verdict(name: String, expected: String) throws {
    let decision = try #require(Self.decision(name))
    #expect(Verdict.sentence(decision, currency: Samples.usd) == expected)
  }

  @Test func refundOffers() throws {
    let beats = try #require(Self.decision("Kettle & Crane Ltd"))
    #expect(
      Verdict.refundLine(beats, currency: Samples.usd)
        == "A refund of $3,000.00 beats staying: leaving with it costs $2,250.00 less than staying 6 months.")
    let loses = try #require(Self.decision("Harbor Yoga"))
    #expect(
      Verdict.refundLine(loses, currency: Samples.usd)
        == "A refund of $100.00 loses to staying: leaving with it costs $510.00 more than staying 6 months.")
    #expect(Verdict.refundLine(try #require(Self.decision("Lumen Dental")), currency: Samples.usd) == nil)
  }

  @Test(arguments: [
    (Fraction(6), "6 months"), (Fraction(1), "1 month"), (Fraction(2, 3), "0.7 months"), (.zero, "0 months"),
  ])
  func months(value: Fraction, expected: String) {
    #expect(Verdict.months(value) == expected)
  }

  @Test func lossSummary() {
    #expect(
      LossSummary.sentence(Samples.report)
        == "3 clients lose money: Kettle & Crane Ltd (−$3,050), Vexley Media (−$1,020), Café Société Genève (−$520).")
    var one = Samples.report
    one.clients = [Samples.client("Tiny", invoiced: 0, cost: 40)]
    #expect(LossSummary.sentence(one) == "1 client loses money: Tiny (−$0.40).")
    one.clients = []
    #expect(LossSummary.sentence(one) == "No client loses money.")
  }

  @Test func decisionCountsInUrgencyOrder() {
    #expect(
      DecisionCards.counts(DecisionSamples.report.decisions)
        == "11 clients: 4 exit now, 1 exit at contract end, 2 renegotiate, 1 watch, 1 invoice first, 1 keep, 1 inactive"
    )
  }

  @Test func cardsAreWorstFirst() {
    let order = DecisionOrder.worstFirst(DecisionSamples.report.decisions).map(\.name)
    #expect(
      order == [
        "Kettle & Crane Ltd", "Vexley Media", "Harbor Yoga", "東京デザイン株式会社", "Pinecrest Legal LLP", "Orchard Analytics",
        "Lumen Dental", "Bluebird Bakery", "Acme Corp", "Northwind Studio", "Saffron & Sage",
      ])
  }
}
