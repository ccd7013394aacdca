import Analysis
import Domain
import Testing

@testable import Decisions

/// The ledger-level entry point: as-of, the trailing window and the clients missing from it.
@Suite struct DecisionMakerTests {
  @Test func windowHoldsExactlyWindowDaysEndingOnAsOf() {
    // 2026-09-30 back 90 days inclusive: July 3 (29 days) + August (31) + September (30) = 90.
    #expect(TrailingWindow.start(asOf: Scenario.asOf, windowDays: 90) == Day(year: 2026, month: 7, day: 3))
    #expect(TrailingWindow.start(asOf: Scenario.asOf, windowDays: 1) == Scenario.asOf)
  }

  @Test func hugeWindowStopsAtTheEarliestDay() {
    #expect(TrailingWindow.start(asOf: Scenario.asOf, windowDays: Int(Int32.max)) == Day(year: 1, month: 1, day: 1))
  }

  @Test func latestDayIsTheLastTimeEntryIssueOrPayment() {
    var ledger = Ledger()
    #expect(LatestDay.of(ledger) == nil)
    ledger.timeEntries = [
      TimeEntry(day: Scenario.day(-5), client: Scenario.client, seconds: 3600, billable: true)
    ]
    ledger.invoices = [
      Invoice(
        number: "1", client: Scenario.client, issued: Scenario.day(-3), amount: Scenario.money(100),
        paidDay: Scenario.day(-2))
    ]
    ledger.expenses = [Expense(day: Scenario.day(9), client: Scenario.client, amount: Scenario.money(1))]
    ledger.incidents = [Scenario.incident(.disrespect, 8)]
    #expect(LatestDay.of(ledger) == Scenario.day(-2))
    ledger.payments = [Payment(invoiceNumber: "1", day: Scenario.day(-1), amount: Scenario.money(100))]
    #expect(LatestDay.of(ledger) == Scenario.day(-1))
  }

  @Test func clientMissingFromTheWindowKeepsItsIncidentsInTheWindow() {
    var client = Scenario.losing
    client.incidents = [Scenario.incident(.abuse, -90), Scenario.incident(.abuse, -89), Scenario.incident(.threat, 1)]
    let idle = DecisionMaker.idle(client, from: Scenario.day(-89), to: Scenario.asOf, Scenario.usd)
    #expect(idle.figures == Figures(currency: Scenario.usd))
    #expect(idle.flags.isEmpty)
    #expect(idle.incidents == [Scenario.incident(.abuse, -89)])
    #expect(idle.name == "Acme")
  }
}
