import Analysis
import Domain
import Testing

@testable import Decisions

/// A watch flag that W lies near but does not raise holds while the windows before W raised it
/// (docs/spec.md, "A watch flag near its threshold").
@Suite struct HeldFlagTests {
  static let day = SampleLedger.day

  @Test func eachFlagHasABandOnTheClearSideOfItsThreshold() {
    var settings = SampleLedger.settings
    settings.targetRate = Scenario.money(9500)
    func standing(_ flag: Flag, _ set: (inout Figures) -> Void) -> HeldFlag.Standing? {
      var figures = Figures(currency: Scenario.usd)
      set(&figures)
      return HeldFlag.standing(flag, of: figures, settings: settings)
    }
    // Below target: $95.00 raises nothing, up to 5 % over it is near, $99.75 clears.
    #expect(standing(.belowTarget) { $0.effectiveRate = Fraction(9499) } == .raised)
    #expect(standing(.belowTarget) { $0.effectiveRate = Fraction(9500) } == .near)
    #expect(standing(.belowTarget) { $0.effectiveRate = Fraction(9974) } == .near)
    #expect(standing(.belowTarget) { $0.effectiveRate = Fraction(9975) } == .clear)
    #expect(standing(.belowTarget) { $0.effectiveRate = nil } == nil)
    // Late payer: over 14 days raises, down to two thirds of it (9⅓) is near.
    #expect(standing(.latePayer) { $0.avgDaysLate = Fraction(1401, 100) } == .raised)
    #expect(standing(.latePayer) { $0.avgDaysLate = Fraction(14) } == .near)
    #expect(standing(.latePayer) { $0.avgDaysLate = Fraction(28, 3) + Fraction(1, 1000) } == .near)
    #expect(standing(.latePayer) { $0.avgDaysLate = Fraction(28, 3) } == .clear)
    #expect(standing(.latePayer) { $0.avgDaysLate = nil } == nil)
    // Scope creep: over 25 % raises, down to 20 % (5 points under) is near.
    func share(_ billable: Int64) -> (inout Figures) -> Void {
      {
        $0.seconds = 100; $0.billableSeconds = billable
      }
    }
    #expect(standing(.scopeCreep, share(74)) == .raised)
    #expect(standing(.scopeCreep, share(75)) == .near)
    #expect(standing(.scopeCreep, share(79)) == .near)
    #expect(standing(.scopeCreep, share(80)) == .clear)
    #expect(standing(.scopeCreep) { $0.seconds = 0 } == nil)
    // Without a target there is nothing to be below.
    settings.targetRate = nil
    #expect(standing(.belowTarget) { $0.effectiveRate = Fraction(1) } == nil)
  }

  @Test func theWindowsBeforeWEndOnTheLastDaysOfTheSixMonthsBefore() {
    // 08-31, 07-31, 06-30, 05-31, 04-30, 03-31; and across a year's turn.
    #expect(HeldFlag.monthEnds(before: Self.day(2026, 9, 30)) == [30, 61, 92, 122, 153, 183])
    #expect(HeldFlag.monthEnds(before: Self.day(2026, 1, 1)) == [1, 32, 62, 93, 123, 154])
  }

  @Test func lateFlagHoldsWhileTheFirstWindowOutOfTheBandRaisedIt() throws {
    // Acme, $1,000.00 a month for 10 billable hours of the month before: A-1 issued 06-20 and paid
    // 20 days late, A-2 issued 07-20 and paid 12 late, A-3 issued 08-20 and paid 10 late. W
    // (07-03 … 09-30) holds: 11 days late on average, under 14 but over 9⅓. The
    // window ending 08-31 holds A-1 too (14, not over it); the one ending 07-31 holds
    // only: 16, which raised the flag.
    var directory = ClientDirectory()
    let acme = directory.key(for: "Acme")
    var ledger = Ledger(clients: directory)
    let day = Self.day
    ledger.timeEntries = [
      TimeEntry(day: day(2026, 6, 15), client: acme, seconds: 36_000),
      TimeEntry(day: day(2026, 7, 15), client: acme, seconds: 36_000),
      TimeEntry(day: day(2026, 8, 15), client: acme, seconds: 36_000),
    ]
    func invoices(firstPaidLate days: Int) -> [Invoice] {
      [(6, days), (7, 12), (8, 10)].enumerated().map { index, pair in
        let issued = day(2026, pair.0, 20)
        return Invoice(
          number: "A-\(index + 1)", client: acme, issued: issued, due: issued + 30, amount: Scenario.money(100_000),
          paidDay: issued + 30 + pair.1)
      }
    }
    ledger.invoices = invoices(firstPaidLate: 20)
    var settings = SampleLedger.settings
    func decision() throws -> Decision {
      try #require(try DecisionMaker.decide(ledger: ledger, settings: settings).decisions.first)
    }
    let held = try decision()
    #expect(held.window.figures.avgDaysLate == Fraction(11))
    #expect(!held.window.flags.contains(.latePayer))
    #expect(held.recommendation == .watch)
    #expect(
      held.reasonTexts.contains(
        "Pays 11 days late on average over the last 90 days, after 16 over the 90 days to 2026-07-31 (threshold "
          + "14): the flag stays until the average falls to 9.3"))
    let book = FigureCalculator.invoiceBook(ledger: ledger, settings: settings)
    #expect(
      HeldFlag.of([acme: [.latePayer]], ledger: ledger, settings: settings, asOf: SampleLedger.asOf, book: book)
        == [acme: [HeldFlag(flag: .latePayer, raisedBy: day(2026, 7, 31), figure: Fraction(16))]])

    // A-1 paid 12 days late: the windows ending 08-31, 07-31 and 06-30 lie in the band, and the
    // one ending 05-31 holds no invoice: nothing raised the flag, so it does not hold.
    ledger.invoices = invoices(firstPaidLate: 12)
    #expect(try decision().recommendation == .keep)
    // A-1 paid 5 days late: the window ending 08-31 averages 9, clear of the band.
    ledger.invoices = invoices(firstPaidLate: 5)
    #expect(try decision().recommendation == .keep)
    // A threshold of 18 puts W's 11 clear of its band (down to 12): W alone decides.
    ledger.invoices = invoices(firstPaidLate: 20)
    settings.lateDaysThreshold = Fraction(18)
    #expect(try decision().recommendation == .keep)
  }
}
