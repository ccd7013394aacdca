import Analysis
import Domain
import Testing

/// Cost per person, effective-dated rates and rows' own cost rates (spec §4 `cost`).
@Suite struct PeopleCostTests {
  /// Maya has no rate of her own: the default, $65.00/h until 2025-12-31 and $70.00/h from
  /// 2026-01-01. Sam costs $40.00/h (written "S. Reyes" in the file: an alias). One row carries
  /// its export's own cost rate, $55.55/h, which wins over Sam's.
  /// - Maya 1.5 h on 2025-12-31 at 65.00: 5,400 s × 6,500 = 35,100,000
  /// - Maya 2 h on 2026-01-02 at 70.00: 7,200 s × 7,000 = 50,400,000
  /// - Sam 1 h 20 min on 2026-01-02 at 40.00: 4,800 s × 4,000 = 19,200,000
  /// - Sam 1 h on 2026-01-03 at the row's 55.55: 3,600 s × 5,555 = 19,998,000
  /// Σ 124,698,000 ÷ 3,600 = 34,638.33… → $346.38, rounded once.
  @Test func eachHourCostsItsPersonsRateOnItsDay() throws {
    var book = TestLedger()
    book.person("Acme", "Maya Ortiz", on: "2025-12-31", seconds: 5_400)
    book.person("Acme", "Maya Ortiz", on: "2026-01-02", seconds: 7_200)
    book.person("Acme", "S. Reyes", on: "2026-01-02", seconds: 4_800)
    book.person("Acme", "S. Reyes", on: "2026-01-03", seconds: 3_600, rowRate: 5_555)
    var settings = settings(asOf: "2026-01-31")
    settings.costRates = try rates()
    let figures = try book.report(settings).figures("Acme")
    #expect(figures.cost == cents(34_638))
    #expect(figures.timeCost == Fraction(124_698_000, 3600))
    #expect(figures.profit == cents(-34_638))
  }

  /// Three entries of 20 min at $40.00/h: $13.33⅓ each, $40.00 in all (each rounded alone: $39.99).
  @Test func costIsRoundedOncePerClient() throws {
    var book = TestLedger()
    for date in ["2026-01-05", "2026-01-06", "2026-01-07"] {
      book.person("Acme", "Sam Reyes", on: date, seconds: 1_200)
    }
    var settings = settings(asOf: "2026-01-31")
    settings.costRates = try rates()
    #expect(try book.report(settings).figures("Acme").cost == cents(4_000))
  }

  /// A day before the first dated rate has none: that client's cost and profit are unknown, not 0.
  @Test func hoursWithoutARateInForceMakeCostUnknown() throws {
    var book = TestLedger()
    book.person("Acme", "Maya Ortiz", on: "2025-06-01", seconds: 3_600)
    book.person("Beta", "Maya Ortiz", on: "2026-02-01", seconds: 3_600)
    var settings = settings(asOf: "2026-02-28")
    settings.costRates = CostRates(
      standard: DatedRate(steps: [DatedRate.Step(from: day("2026-01-01"), rate: cents(7_000))]))
    let report = book.report(settings)
    #expect(try report.figures("Acme").cost == nil)
    #expect(try report.figures("Acme").profit == nil)
    #expect(try report.figures("Beta").cost == cents(7_000))
    #expect(!report.costRateMissing)
    #expect(
      report.diagnostics.map(\.message) == [
        "no cost rate covers the hours of Maya Ortiz (2025-06-01): the person has none in \"people\" and no default "
          + "\"costRate\" is in force that day, so their clients' cost and profit are unknown"
      ])
  }

  /// Rows' own cost rates with no rate in the settings still make cost known.
  @Test func rowsOwnRatesAloneMakeCostKnown() throws {
    var book = TestLedger()
    book.person("Acme", "Sam Reyes", on: "2026-01-05", seconds: 5_400, rowRate: 4_000)
    let report = book.report(settings(asOf: "2026-01-31"))
    #expect(try report.figures("Acme").cost == cents(6_000))
    #expect(!report.costRateMissing)
  }

  @Test func theRateInForceIsTheLatestStepOnOrBeforeTheDay() throws {
    let rate = try #require(
      DatedRate(steps: [
        DatedRate.Step(from: day("2026-03-01"), rate: cents(9_000)), DatedRate.Step(rate: cents(6_500)),
        DatedRate.Step(from: day("2026-01-01"), rate: cents(7_000)),
      ]))
    #expect(rate.rate(on: day("2025-12-31")) == cents(6_500))
    #expect(rate.rate(on: day("2026-01-01")) == cents(7_000))
    #expect(rate.rate(on: day("2026-02-28")) == cents(7_000))
    #expect(rate.rate(on: day("2026-03-01")) == cents(9_000))
    #expect(rate.current == cents(9_000))
    #expect(DatedRate(steps: [DatedRate.Step(rate: cents(1)), DatedRate.Step(rate: cents(2))]) == nil)
  }

  private func rates() throws -> CostRates {
    let standard = try #require(
      DatedRate(steps: [
        DatedRate.Step(rate: cents(6_500)), DatedRate.Step(from: day("2026-01-01"), rate: cents(7_000)),
      ]))
    let sam = DatedRate(cents(4_000))
    return CostRates(standard: standard, people: [ClientKey("Sam Reyes"): sam, ClientKey("S. Reyes"): sam])
  }
}

extension TestLedger {
  /// Time of one person; `rowRate` is the export's own cost rate for the row, in cents per hour.
  mutating func person(_ client: String, _ name: String, on date: String, seconds: Int64, rowRate: Int64? = nil) {
    let key = ledger.clients.key(for: client)
    ledger.timeEntries.append(
      TimeEntry(
        day: day(date), client: key, person: name, seconds: seconds, billable: false,
        value: rowRate.map { _ in cents(0) }, costSeconds: rowRate.map { $0 * seconds }))
  }
}
