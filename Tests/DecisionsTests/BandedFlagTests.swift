import Analysis
import Domain
import Testing

@testable import Decisions

/// A flag whose figure over W lies in the band beside its threshold is judged by the month-end
/// windows before W (docs/spec.md, "A figure near its threshold").
@Suite struct BandedFlagTests {
  static let day = SampleLedger.day

  @Test func eachFlagHasABandOnTheClearSideOfItsThreshold() {
    var settings = SampleLedger.settings
    settings.targetRate = Scenario.money(9500)
    func standing(_ flag: Flag, _ set: (inout Figures) -> Void) -> BandedFlag.Standing? {
      var figures = Figures(currency: Scenario.usd)
      set(&figures)
      return BandedFlag.standing(flag, of: figures, settings: settings)
    }
    // Below target: $95.00 raises nothing, up to 5 % over it is near, $99.75 clears.
    #expect(standing(.belowTarget) { $0.effectiveRate = Fraction(9499) } == .raised)
    #expect(standing(.belowTarget) { $0.effectiveRate = Fraction(9500) } == .inBand)
    #expect(standing(.belowTarget) { $0.effectiveRate = Fraction(9974) } == .inBand)
    #expect(standing(.belowTarget) { $0.effectiveRate = Fraction(9975) } == .clear)
    #expect(standing(.belowTarget) { $0.effectiveRate = nil } == nil)
    // Late payer: over 14 days raises, down to two thirds of it (9⅓) is near.
    #expect(standing(.latePayer) { $0.avgDaysLate = Fraction(1401, 100) } == .raised)
    #expect(standing(.latePayer) { $0.avgDaysLate = Fraction(14) } == .inBand)
    #expect(standing(.latePayer) { $0.avgDaysLate = Fraction(28, 3) + Fraction(1, 1000) } == .inBand)
    #expect(standing(.latePayer) { $0.avgDaysLate = Fraction(28, 3) } == .clear)
    #expect(standing(.latePayer) { $0.avgDaysLate = nil } == nil)
    // Scope creep: over 25 % raises, down to 20 % (5 points under) is near.
    func share(_ billable: Int64) -> (inout Figures) -> Void {
      {
        $0.seconds = 100; $0.billableSeconds = billable
      }
    }
    #expect(standing(.scopeCreep, share(74)) == .raised)
    #expect(standing(.scopeCreep, share(75)) == .inBand)
    #expect(standing(.scopeCreep, share(79)) == .inBand)
    #expect(standing(.scopeCreep, share(80)) == .clear)
    #expect(standing(.scopeCreep) { $0.seconds = 0 } == nil)
    // Losing: a margin under 0 raises it, down to −5 % is in the band (on the raised side).
    #expect(standing(.losing) { $0.margin = Fraction(-1, 20) - Fraction(1, 1000) } == .raised)
    #expect(standing(.losing) { $0.margin = Fraction(-1, 20) } == .inBand)
    #expect(standing(.losing) { $0.margin = Fraction(-1, 1000) } == .inBand)
    #expect(standing(.losing) { $0.margin = .zero } == .clear)
    #expect(standing(.losing) { $0.margin = nil } == nil)
    // Without a target there is nothing to be below.
    settings.targetRate = nil
    #expect(standing(.belowTarget) { $0.effectiveRate = Fraction(1) } == nil)
  }

  @Test func theWindowsBeforeWEndOnTheLastDaysOfTheSixMonthsBefore() {
    // 08-31, 07-31, 06-30, 05-31, 04-30, 03-31; and across a year's turn.
    #expect(BandedFlag.monthEnds(before: Self.day(2026, 9, 30)) == [30, 61, 92, 122, 153, 183])
    #expect(BandedFlag.monthEnds(before: Self.day(2026, 1, 1)) == [1, 32, 62, 93, 123, 154])
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
      BandedFlag.of([acme: [.latePayer]], ledger: ledger, settings: settings, asOf: SampleLedger.asOf, book: book)
        == [acme: [BandedFlag(flag: .latePayer, raised: true, windowEnd: day(2026, 7, 31), figure: Fraction(16))]])

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

  @Test func aSmallLossAfterAProfitableMonthIsNotYetALoss() throws {
    // Acme, 10 billable hours ($500.00 at cost) on the 5th of each month from March to September,
    // each month invoiced on the 25th and paid early: $600.00 to June, then $490.00. W (07-03 …
    // 09-30): cost 150000, earned 147000, a margin of −2 %, in the band. The window ending 08-31
    // (06-02 … 08-31) holds June's work too: earned 158000, a margin of 8000 ÷ 158000 = 4/79,
    // clear: W's loss is judged as a profitable client's, keep.
    var directory = ClientDirectory()
    let acme = directory.key(for: "Acme")
    var ledger = Ledger(clients: directory)
    let day = Self.day
    let months = Array(3...9)
    ledger.timeEntries = TimeLog(months.map { TimeEntry(day: day(2026, $0, 5), client: acme, seconds: 36_000) })
    func invoice(through june: Int64, after later: Int64) -> [Invoice] {
      months.map { month in
        let issued = day(2026, month, 25)
        return Invoice(
          number: "A-\(month)", client: acme, issued: issued, due: issued + 30,
          amount: Scenario.money(month <= 6 ? june : later), paidDay: month < 9 ? issued + 10 : nil)
      }
    }
    ledger.invoices = invoice(through: 60_000, after: 49_000)
    let settings = SampleLedger.settings
    func decision() throws -> Decision {
      try #require(try DecisionMaker.decide(ledger: ledger, settings: settings).decisions.first)
    }
    let kept = try decision()
    #expect(kept.window.figures.margin == Fraction(-3000, 147_000))
    #expect(kept.recommendation == .keep)
    #expect(kept.monthlyProfit == Fraction(-3000) * Fraction(304_375, 10_000) / Fraction(90))
    #expect(
      kept.reasonTexts.last
        == "The loss is 2% of what it earned over the last 90 days, after a margin of 5.1% over the 90 days to "
        + "2026-08-31: it is judged as losing once the loss passes 5%")
    let book = FigureCalculator.invoiceBook(ledger: ledger, settings: settings)
    #expect(
      BandedFlag.of([acme: [.losing]], ledger: ledger, settings: settings, asOf: SampleLedger.asOf, book: book)
        == [acme: [BandedFlag(flag: .losing, raised: false, windowEnd: day(2026, 8, 31), figure: Fraction(4, 79))]])

    // $470.00 from July: a margin of −6.4 % over W, past the band: W decides, renegotiate.
    ledger.invoices = invoice(through: 60_000, after: 47_000)
    #expect(try decision().recommendation == .renegotiate)
    // $490.00 every month: every window's margin is −2 %, in the band; none decides, W does.
    ledger.invoices = invoice(through: 49_000, after: 49_000)
    #expect(try decision().recommendation == .renegotiate)
    // $600.00 to April only: the windows ending 08-31 and 07-31 lie in the band, and the one
    // ending 06-30, which made money, is more than a window's length (90 days) back: W decides.
    ledger.invoices = invoice(through: 60_000, after: 49_000).enumerated().map { index, invoice in
      var invoice = invoice
      if index >= 2 { invoice.amount = Scenario.money(49_000) }
      return invoice
    }
    #expect(try decision().recommendation == .renegotiate)
  }
}
