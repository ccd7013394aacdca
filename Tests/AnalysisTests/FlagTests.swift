import Analysis
import Domain
import Testing

/// Each flag of spec §4 on both sides of its threshold.
@Suite struct FlagTests {
  @Test(arguments: [(100_000, false), (100_001, true)])
  func losingWhenProfitBelowZero(expense: Int64, losing: Bool) throws {
    // $1,000.00 paid on time less $1,000.00 of expenses: profit 0, not losing; one cent more: −1.
    var book = TestLedger()
    book.invoice("A-1", "Acme", issued: "2026-01-01", due: "2026-01-31", amount: 100_000, paidOn: "2026-01-31")
    book.expense("Acme", on: "2026-01-02", amount: expense)
    let client = try book.report(settings(asOf: "2026-01-31", costRate: 0)).client("Acme")
    #expect(client.figures.profit == cents(100_000 - expense))
    #expect(client.flags.contains(.losing) == losing)
  }

  @Test(arguments: [(100_000, false), (99_999, true)])
  func belowTargetWhenEffectiveRateUnderTarget(invoiced: Int64, below: Bool) throws {
    // 10 h against a $100.00/h target: $1,000.00 is exactly on target; $999.99 is under.
    var book = TestLedger()
    book.time("Acme", on: "2026-01-05", seconds: hours(10))
    book.invoice("A-1", "Acme", issued: "2026-01-10", amount: invoiced)
    let report = book.report(settings(asOf: "2026-01-31", targetRate: 10_000))
    #expect(try report.client("Acme").flags.contains(.belowTarget) == below)
  }

  @Test func belowTargetNeedsATarget() throws {
    var book = TestLedger()
    book.time("Acme", on: "2026-01-05", seconds: hours(10))
    book.invoice("A-1", "Acme", issued: "2026-01-10", amount: 1)
    #expect(try !book.report(settings(asOf: "2026-01-31")).client("Acme").flags.contains(.belowTarget))
  }

  @Test(arguments: [("2026-02-14", false), ("2026-02-15", true)])
  func latePayerWhenAverageAboveThreshold(paidOn: String, late: Bool) throws {
    // Due Jan 31: paid Feb 14 is 14 days late (not above 14); Feb 15 is 15.
    var book = TestLedger()
    book.invoice("A-1", "Acme", issued: "2026-01-01", due: "2026-01-31", amount: 100_000, paidOn: paidOn)
    let client = try book.report(settings(asOf: "2026-02-28")).client("Acme")
    #expect(client.flags.contains(.latePayer) == late)
  }

  @Test(arguments: [(60, false), (61, true)])
  func latePayerWhenAnOpenBalanceIsMoreThanSixtyDaysPastDue(daysPastDue: Int, late: Bool) throws {
    // A threshold of 1,000 days keeps the average out of it: only the 60-day rule can flag.
    var book = TestLedger()
    book.invoice("A-1", "Acme", issued: "2026-01-01", due: "2026-01-31", amount: 100_000)
    var options = settings(asOf: nil)
    options.asOf = day("2026-01-31") + daysPastDue
    options.lateDaysThreshold = Fraction(1_000)
    let client = try book.report(options).client("Acme")
    #expect(client.flags.contains(.latePayer) == late)
  }

  @Test(arguments: [(Int64(0), false), (Int64(1), true)])
  func scopeCreepWhenNonBillableShareAboveThreshold(extraSeconds: Int64, creep: Bool) throws {
    // 3 h billable + 1 h non-billable: exactly 1/4, not above; one more non-billable second is.
    var book = TestLedger()
    book.time("Acme", on: "2026-01-05", seconds: hours(3))
    book.time("Acme", on: "2026-01-06", seconds: hours(1) + extraSeconds, billable: false)
    book.invoice("A-1", "Acme", issued: "2026-01-10", amount: 40_000)
    let client = try book.report(settings(asOf: "2026-01-31")).client("Acme")
    #expect(client.flags.contains(.scopeCreep) == creep)
  }

  @Test(arguments: [("2026-02-19", false), ("2026-02-20", true)])
  func unbilledWhenBillableWorkOutsideEverySpanIsMoreThan45DaysOld(asOf: String, unbilled: Bool) throws {
    // Acme: billable work on Jan 5, no invoice: 45 days old on Feb 19, 46 on Feb 20.
    // Beta: the same work before its only credit note, which makes a span: billed.
    // Gamma: an expense and no hours; Delta: only non-billable time: nothing to bill.
    var book = TestLedger()
    book.time("Acme", on: "2026-01-05", seconds: 1, value: 100)
    book.time("Beta", on: "2026-01-05", seconds: hours(1))
    book.invoice("CN-1", "Beta", issued: "2026-01-10", amount: -100)
    book.expense("Gamma", on: "2026-01-05", amount: 100)
    book.time("Delta", on: "2026-01-05", seconds: hours(1), billable: false)
    let report = book.report(settings(asOf: asOf))
    #expect(try report.client("Acme").flags.contains(.unbilled) == unbilled)
    #expect(try report.client("Acme").oldestUnbilledWork == day("2026-01-05"))
    #expect(try !report.client("Beta").flags.contains(.unbilled))
    #expect(try !report.client("Gamma").flags.contains(.unbilled))
    #expect(try !report.client("Delta").flags.contains(.unbilled))
  }

  @Test func unbilledWorkOutsideThePeriodDoesNotFlagIt() throws {
    var book = TestLedger()
    book.time("Acme", on: "2026-01-05", seconds: hours(1), value: 100)
    book.time("Acme", on: "2026-03-05", seconds: hours(1), value: 100)
    let report = book.report(settings(asOf: "2026-03-31", from: "2026-03-01"))
    #expect(try !report.client("Acme").flags.contains(.unbilled))
  }

  @Test(arguments: [(Fraction(1, 4), true), (Fraction(1, 4) + Fraction(1, 1_000_000), false)])
  func concentrationWhenShareReachesTheThreshold(threshold: Fraction, concentrated: Bool) throws {
    // Acme earns 25,000 of 100,000 over the year to as-of; a threshold of exactly 1/4 flags it.
    var book = TestLedger()
    book.time("Acme", on: "2026-01-05", seconds: hours(1))
    book.invoice("A-1", "Acme", issued: "2026-01-10", amount: 25_000)
    book.time("Beta", on: "2026-01-05", seconds: hours(1))
    book.invoice("B-1", "Beta", issued: "2026-01-10", amount: 75_000)
    var options = settings(asOf: "2026-01-31")
    options.concentrationThreshold = threshold
    let report = book.report(options)
    #expect(try report.figures("Acme").share == Fraction(1, 4))
    #expect(try report.client("Acme").flags.contains(.concentration) == concentrated)
  }

  @Test(arguments: [
    ([IncidentKind.abuse], true), ([.scopeChange, .noResponse], false),
    ([.scopeChange, .noResponse, .disrespect], true),
  ])
  func conductWhenSevereOrThreeModerate(kinds: [IncidentKind], conduct: Bool) throws {
    // Moderate incidents before the period do not count towards the three; attempts never do.
    var book = TestLedger()
    book.time("Acme", on: "2026-01-05", seconds: hours(1))
    book.incident("Acme", on: "2026-01-02", kind: .warning)
    book.incident("Acme", on: "2026-01-03", kind: .boundarySet)
    book.incident("Acme", on: "2025-12-01", kind: .latePayment)
    book.incident("Acme", on: "2025-12-02", kind: .latePayment)
    for (offset, kind) in kinds.enumerated() {
      book.incident("Acme", on: "2026-01-1\(offset)", kind: kind)
    }
    let client = try book.report(settings(asOf: "2026-01-31", from: "2026-01-01")).client("Acme")
    #expect(client.flags.contains(.conduct) == conduct)
    #expect(client.incidents.map(\.kind) == [.warning, .boundarySet] + kinds)
  }

  @Test func flagsComeInSpecOrder() throws {
    // An hour of unbilled work valued $5.00 at face, an hour not billable, $10.00 an hour of cost:
    // losing, below a $10.00 target, half not billable (scope-creep), unbilled for 61 days, a threat
    // (conduct), and all of the year's revenue (concentration).
    var book = TestLedger()
    book.incident("Acme", on: "2026-01-03", kind: .threat)
    book.time("Acme", on: "2025-12-01", seconds: hours(1), value: 500)
    book.time("Acme", on: "2026-01-05", seconds: hours(1), billable: false)
    let client = try book.report(settings(asOf: "2026-01-31", costRate: 1_000, targetRate: 1_000)).client("Acme")
    #expect(client.flags == [.losing, .belowTarget, .scopeCreep, .unbilled, .conduct, .concentration])
  }
}
