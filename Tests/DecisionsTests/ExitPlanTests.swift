import Analysis
import Domain
import Testing

@testable import Decisions

/// The exit plan: contract terms, the contract's end, wrap-up, documentation, channel, facts,
/// transition and refund.
@Suite struct ExitPlanTests {
  static let lateNote = "Paid 40 days late"
  static let abuseNote = "Shouted at the designer"

  /// A profitable, large client with a severe incident in W and an older moderate one.
  static var severe: Scenario {
    var scenario = Scenario()
    let abuse = Scenario.incident(.abuse, -47, note: abuseNote)
    scenario.window = Scenario.profitable
    scenario.window.incidents = [abuse]
    scenario.allData = Scenario.profitable
    scenario.allData.incidents = [Scenario.incident(.latePayment, -120, note: lateNote), abuse]
    scenario.terms = ClientTerms(contractEnd: Scenario.day(92), wrapUpHours: Fraction(12))
    scenario.size = .large
    return scenario
  }

  @Test func severeIncidentPlanEndsNowAndDocumentsEveryIncident() {
    // Profitable: continueLoss 0, exitCost 12 h × 5000 = 60000, maxRefund −60000: no refund.
    let decision = Self.severe.decide()
    #expect(decision.maxRefund == Fraction(-60_000))
    #expect(
      decision.plan == [
        "Check the contract's notice and termination terms before telling the client",
        "End now under the termination terms, without waiting for the contract's end on 2026-12-31",
        "Finish or hand over the work in progress: 12 hours still owed ($600.00 of your time)",
        "Document the incidents and the attempts to fix them:",
        "Incident 2026-06-02, late-payment: Paid 40 days late",
        "Incident 2026-08-14, abuse: Shouted at the designer",
        "Tell them in a call or meeting, as one of your larger clients, then confirm in writing",
        "State the facts plainly, without blame: the figures and the incidents, not the person",
        "Offer a transition plan: hand over the work, files and access, and refer them to someone who fits",
      ])
    #expect(
      decision.reasons == ["Severe incident: abuse on 2026-08-14", "Earns $338.19 a month over the last 90 days"])
  }

  @Test func lossExitPrefersTheContractEndAndOffersTheRefund() {
    // H = 92 / 30.4375 = 920000/304375 = 1472/487; continueLoss = 304375/9 × 1472/487
    // = 100000 × 92/90 = 920000/9 (102222.22 cents); no wrap-up hours, no risk: maxRefund the same.
    var scenario = Scenario()
    scenario.window = Scenario.losing
    scenario.settings.maxRateIncrease = Fraction(1, 10)
    scenario.terms.contractEnd = Scenario.day(92)
    let decision = scenario.decide()
    #expect(decision.maxRefund == Fraction(920_000, 9))
    #expect(
      decision.plan == [
        "Check the contract's notice and termination terms before telling the client",
        "Prefer ending at the contract's end on 2026-12-31 if the terms make leaving earlier costly; "
          + "otherwise give notice now",
        "Finish or hand over the work in progress",
        "Document the figures that led here and the attempts to fix them (no incidents recorded)",
        "Tell them in writing, as one of your smaller clients",
        "State the facts plainly, without blame: the figures and the incidents, not the person",
        "Offer a transition plan: hand over the work, files and access, and refer them to someone who fits",
        "Offer a refund of up to $1,022.22",
      ])
  }

  @Test func noContractEndMeansNoticeNow() {
    var scenario = Scenario()
    scenario.window = Scenario.losing
    scenario.settings.maxRateIncrease = Fraction(1, 10)
    #expect(scenario.decide().plan[1] == "No contract end is known: give the notice the contract asks for and end now")
  }

  @Test func shortHorizonWithoutContractEndEndsWithTheCommitment() {
    var scenario = Scenario()
    scenario.window = Scenario.losing
    scenario.settings.maxRateIncrease = Fraction(1, 10)
    scenario.settings.horizonMonths = Fraction(1, 2)
    let decision = scenario.decide()
    #expect(decision.recommendation == .exitAtContractEnd)
    #expect(decision.plan[1] == "End when the current commitment runs out, within 0.5 months, and do not renew")
  }

  @Test func keepAndRenegotiateHaveNoPlan() {
    var scenario = Scenario()
    scenario.window = Scenario.losing
    #expect(scenario.decide().recommendation == .renegotiate)
    #expect(scenario.decide().plan.isEmpty)
  }
}
