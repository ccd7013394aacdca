import Analysis
import Domain
import Testing

/// `report --by project` and `--by person` (spec §4b): time summed per part, cost at each entry's
/// rate, and the client's earned, expenses and carrying cost attributed by billable value.
@Suite struct BreakdownTests {
  /// Acme: project A, Maya 6 h billable worth $600; project B, Sam 2 h billable worth $300 and 2 h
  /// not billable. Invoiced $1,000 after the work, $40 of expenses. Beta: Sam 1 h worth $100,
  /// invoiced $90. Default cost $50/h, Sam $40/h.
  /// - A: share 600 ÷ 900 = ⅔ (by billable value; by hours it would be ¾): earned $666.66⅔ → $666.67,
  ///   time 6 h × $50 = $300.00, expenses ⅔ × $40 = $26.66⅔: profit exactly $340.00
  /// - B: share ⅓: earned $333.33⅓ → $333.33, time 4 h × $40 = $160.00, expenses $13.33⅓: profit $160.00
  /// - Beta's only project: earned $90.00, time $40.00: profit $50.00
  /// By person (Sam written "S. Reyes" on Beta, an alias): Maya = A; Sam = B + Beta: 5 h, earned $423.33⅓ → $423.33, time $200.00, profit $210.00.
  @Test func partsShareTheClientsFiguresByBillableValue() throws {
    var book = TestLedger()
    book.work("Acme", project: "A", person: "Maya Ortiz", seconds: hours(6), value: 60_000)
    book.work("Acme", project: "B", person: "Sam Reyes", seconds: hours(2), value: 30_000)
    book.work("Acme", project: "B", person: "Sam Reyes", seconds: hours(2), billable: false)
    book.work("Beta", project: nil, person: "S. Reyes", seconds: hours(1), value: 10_000)
    book.invoice("A-1", "Acme", issued: "2026-01-31", amount: 100_000)
    book.invoice("B-1", "Beta", issued: "2026-01-31", amount: 9_000)
    book.expense("Acme", on: "2026-01-20", amount: 4_000)
    var settings = settings(asOf: "2026-02-10", costRate: 5_000)
    // Sam is written "S. Reyes" on Beta: an alias, one person.
    settings.costRates.people = [
      ClientKey("Sam Reyes"): DatedRate(cents(4_000)), ClientKey("S. Reyes"): DatedRate(cents(4_000)),
    ]
    settings.personNames = [ClientKey("Sam Reyes"): "Sam Reyes", ClientKey("S. Reyes"): "Sam Reyes"]

    let byProject = FigureCalculator.breakdown(ledger: book.ledger, settings: settings, by: .project)
    #expect(byProject.parts.map { "\($0.clientName ?? "") \($0.name ?? "-")" } == ["Acme A", "Acme B", "Beta -"])
    #expect(byProject.parts.map(\.earned) == [cents(66_667), cents(33_333), cents(9_000)])
    #expect(byProject.parts.map(\.timeCost) == [cents(30_000), cents(16_000), cents(4_000)])
    #expect(byProject.parts.map(\.profit) == [cents(34_000), cents(16_000), cents(5_000)])
    #expect(byProject.parts[1].billableShare == Fraction(1, 2))
    // The parts' profits add up to the clients'.
    let report = book.report(settings)
    #expect(try report.figures("Acme").profit == cents(50_000))

    let byPerson = FigureCalculator.breakdown(ledger: book.ledger, settings: settings, by: .person)
    #expect(byPerson.parts.map(\.name) == ["Maya Ortiz", "Sam Reyes"])
    #expect(byPerson.parts.map(\.seconds) == [hours(6), hours(5)])
    #expect(byPerson.parts.map(\.earned) == [cents(66_667), cents(42_333)])
    #expect(byPerson.parts.map(\.timeCost) == [cents(30_000), cents(20_000)])
    #expect(byPerson.parts.map(\.profit) == [cents(34_000), cents(21_000)])
  }

  /// A person's parts of 40 clients add 40 fractions whose denominators (each client's billable
  /// value, here 40 different primes from 100,003 to 100,493 cents) multiply to far more than 128
  /// bits; the sum stays exact and is rounded once. Client i: Maya 1 h worth 60,000 + 7i cents,
  /// Sam 1 h worth the rest of the prime, invoiced the prime + 13i. Maya earns
  /// Σ amount × her value ÷ prime = 2,411,541.67 cents → $24,115.42 (worked out with Python's
  /// `fractions`), less 40 h × $50; Sam $16,090.94, less 40 h × $40.
  @Test func aPersonsPartsOfManyClientsAddUpExactly() throws {
    var book = TestLedger()
    let primes = (100_003...100_500).filter { n in !(2...Int(Double(n).squareRoot())).contains { n % $0 == 0 } }
    for (index, prime) in primes.prefix(40).enumerated() {
      let client = "Client \(index)"
      let maya = Int64(60_000 + index * 7)
      book.work(client, project: nil, person: "Maya Ortiz", seconds: hours(1), value: maya)
      book.work(client, project: nil, person: "Sam Reyes", seconds: hours(1), value: Int64(prime) - maya)
      book.invoice("I-\(index)", client, issued: "2026-01-31", amount: Int64(prime + index * 13))
    }
    var settings = settings(asOf: "2026-01-31", costRate: 5_000)
    settings.costRates.people = [ClientKey("Sam Reyes"): DatedRate(cents(4_000))]

    let byPerson = FigureCalculator.breakdown(ledger: book.ledger, settings: settings, by: .person)
    #expect(byPerson.parts.map(\.name) == ["Maya Ortiz", "Sam Reyes"])
    #expect(byPerson.parts.map(\.earned) == [cents(2_411_542), cents(1_609_094)])
    #expect(byPerson.parts.map(\.timeCost) == [cents(200_000), cents(160_000)])
    #expect(byPerson.parts.map(\.profit) == [cents(2_211_542), cents(1_449_094)])
  }
}

extension TestLedger {
  /// Time of one person on one project, on 2026-01-15.
  mutating func work(
    _ client: String, project: String?, person: String, seconds: Int64, billable: Bool = true, value: Int64? = nil
  ) {
    let key = ledger.clients.key(for: client)
    ledger.timeEntries.append(
      TimeEntry(
        day: day("2026-01-15"), client: key, project: project, person: person, seconds: seconds, billable: billable,
        value: value.map(cents)))
  }
}
