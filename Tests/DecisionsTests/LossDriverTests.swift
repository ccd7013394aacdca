import Analysis
import Domain
import Testing

@testable import Decisions

/// The card's sentence about the project or person behind a loss (issue 21).
@Suite struct LossDriverTests {
  func part(_ name: String?, profit: Int64?) -> Breakdown.Part {
    var part = Breakdown.Part(client: Scenario.client, clientName: "Acme", name: name)
    part.profit = profit.map(Scenario.money)
    return part
  }

  /// Audit lost $4,100.00 of the $5,985.00 Acme lost: more than half, so it drives the loss; with
  /// $2,900.00 (less than half) nothing does, and one project alone says nothing the client's loss does not.
  @Test func thePartWithMostOfTheLossDrivesIt() {
    let parts = [part("Audit", profit: -410_000), part("Site", profit: -188_500), part(nil, profit: 0)]
    #expect(
      LossDriver.find(parts, dimension: .project, clientProfit: Scenario.money(-598_500))
        == LossDriver(
          dimension: .project, name: "Audit", loss: Scenario.money(410_000), clientLoss: Scenario.money(598_500)))
    let spread = [part("Audit", profit: -290_000), part("Site", profit: -308_500)]
    #expect(LossDriver.find(spread, dimension: .project, clientProfit: Scenario.money(-598_500))?.name == "Site")
    let even = [part("Audit", profit: -290_000), part("Site", profit: -290_000), part("Ads", profit: -18_500)]
    #expect(LossDriver.find(even, dimension: .project, clientProfit: Scenario.money(-598_500)) == nil)
    #expect(
      LossDriver.find([part("Audit", profit: -598_500)], dimension: .project, clientProfit: Scenario.money(-598_500))
        == nil)
    #expect(LossDriver.find(parts, dimension: .project, clientProfit: Scenario.money(100)) == nil)
  }

  @Test func theCardSaysItInBothLanguages() {
    var input = Scenario.losing(attemptDaysAgo: 10).input
    input.lossDrivers = [
      LossDriver(dimension: .project, name: "Audit", loss: Scenario.money(410_000), clientLoss: Scenario.money(598_500))
    ]
    let reasons = DecisionRules.decide(input).reasons
    #expect(
      reasons.map(\.englishText).contains(
        "Over the last 90 days the Audit project lost $4,100.00 of the $5,985.00 the client lost (revenue shared by "
          + "billable value: an estimate)"))
    #expect(
      reasons.map { $0.rendered(in: .arabic) }.contains {
        $0.contains("مشروع") && $0.contains("من أصل") && $0.contains("Audit")
      })
  }
}
