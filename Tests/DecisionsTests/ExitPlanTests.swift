import Analysis
import Domain
import Testing

@testable import Decisions

/// The exit plan: contract terms, the contract's end, the money settled before notice, wrap-up,
/// documentation, channel and tone by reason and size, transition and referral, refund, lessons.
@Suite struct ExitPlanTests {
  static let lateNote = "Paid 40 days late"
  static let abuseNote = "Shouted at the designer"

  /// A profitable, large client with a severe incident in W, an older moderate one, unbilled work
  /// and an open balance.
  static var severe: Scenario {
    var scenario = Scenario()
    let abuse = Scenario.incident(.abuse, -47, note: abuseNote)
    scenario.window = Scenario.profitable
    scenario.window.incidents = [abuse]
    scenario.allData = Scenario.figures(seconds: 360_000, invoiced: 600_000, collected: 500_000, unbilled: 12_000)
    scenario.allData.aging.days1to30 = Scenario.money(100_000)
    scenario.allData.incidents = [Scenario.incident(.latePayment, -120, note: lateNote), abuse]
    scenario.terms = ClientTerms(contractEnd: Scenario.day(92), wrapUpHours: Fraction(12))
    scenario.size = .large
    return scenario
  }

  @Test func severeIncidentPlanIsInWritingBriefAndFinal() {
    let decision = Self.severe.decide()
    #expect(decision.exitCause == .severeIncident)
    #expect(
      decision.planTexts == [
        "Check the contract's notice and termination terms before telling the client",
        "End now under the termination terms, without waiting for the contract's end",
        "With the notice, invoice the unbilled work (about $120.00) and collect the open balance of $1,000.00 "
          + "(all past due), or agree a schedule for it",
        "Finish or hand over the work in progress: 12 hours still owed ($600.00 of your time)",
        "Document the incidents and the attempts to fix them: 2026-06-02 late-payment (Paid 40 days late); "
          + "2026-08-14 abuse (Shouted at the designer)",
        "Tell them in writing: brief, firm and final",
        "Say what happened and that the work ends, once: no debate, no \"maybe\" or \"perhaps\"",
        "Offer a transition: hand over the files, access and notes, and refer them to someone who fits",
        "Afterwards, note what showed the problem first, to see it sooner with new clients",
      ])
  }

  @Test func aFailedFixPrefersTheContractEndAndOffersTheRefund() {
    // H = 92 / 30.4375 = 1472/487; continueLoss = 304375/9 × 1472/487 = 920000/9 ($1,022.22); paid
    // 400000 in W, nothing owed: the refund offer is walkAway.
    var scenario = Scenario.losing(attemptDaysAgo: 40)
    scenario.terms.contractEnd = Scenario.day(92)
    let decision = scenario.decide()
    #expect(decision.refundOffer == Fraction(920_000, 9))
    #expect(
      decision.planTexts == [
        "Check the contract's notice and termination terms before telling the client",
        "Prefer ending at the contract's end on 2026-12-31; give notice in time",
        "Finish or hand over the work in progress",
        "Document the incidents and the attempts to fix them: 2026-08-21 warning (Extra rounds billed from now on)",
        "Tell them in writing, as one of your smaller clients",
        "State the facts plainly, without blame, and thank them for the work together",
        "Offer a transition: hand over the files, access and notes, and refer them to someone who fits",
        "Offer a refund of up to $1,022.22 as a goodwill gesture, if it helps to end cleanly",
        "Afterwards, note what showed the problem first, to see it sooner with new clients",
      ])
  }

  @Test func withoutAContractEndAMonthsNoticeIsTheMinimum() {
    #expect(
      Scenario.losing(attemptDaysAgo: 40).decide().planTexts[1]
        == "Give the notice the contract asks for; without one, a month's notice is the courteous minimum")
  }

  @Test func aContractEndingSoonIsLetEnd() {
    var scenario = Scenario.losing(attemptDaysAgo: 40)
    scenario.terms.contractEnd = Scenario.day(20)
    #expect(scenario.decide().planTexts[1] == "Let the contract end on 2026-10-20 and do not renew it")
    scenario.terms.contractEnd = Scenario.day(-1)
    #expect(scenario.decide().planTexts[1] == "The contract ended on 2026-09-29: do not renew it")
  }

  @Test func aPhaseOutReplacesTheRevenueFirst() {
    var scenario = Scenario.losing(attemptDaysAgo: 40)
    scenario.allData.figures.share = Fraction(2, 5)
    scenario.size = .large
    let decision = scenario.decide()
    #expect(decision.recommendation == .phaseOut)
    #expect(
      decision.planTexts[1]
        == "Replace its revenue first: find work worth $1,352.78 a month by 2026-12-30; then give notice, at the "
        + "contract's end if it comes first")
    #expect(
      decision.planTexts.contains(
        "Tell them in a call or meeting, as one of your larger clients, then confirm in writing"))
  }

  @Test func keepAndRenegotiateHaveNoExitPlan() {
    var scenario = Scenario()
    scenario.window = Scenario.losing
    #expect(scenario.decide().recommendation == .renegotiate)
    #expect(!scenario.decide().planTexts.contains { $0.hasPrefix("Check the contract") })
    scenario.window = Scenario.profitable
    #expect(scenario.decide().planTexts.isEmpty)
  }
}
