import Analysis
import Domain

/// A small ledger of four clients, one per path through the rules, at asOf 2026-09-30 with a
/// 90-day window (W = 2026-07-03 … 2026-09-30) and a cost of $50.00 an hour.
///
/// - Acme, losing but fixable: 50 h in W (40 billable), invoice A-1 of $2,000.00 paid on time;
///   before W, 10 h in May and invoice A-0 of $1,000.00 still open (due 07-20).
/// - Bolt: worked and paid in March only.
/// - Crane: profitable in W, with an abuse incident on 09-10.
/// - Dune: 2 h on 09-25, not invoiced.
///
/// A payment for an unknown invoice makes the one diagnostic.
enum SampleLedger {
  static let asOf = Scenario.asOf

  static func day(_ year: Int, _ month: Int, _ day: Int) -> Day {
    Day(year: year, month: month, day: day) ?? Day(daysSinceEpoch: 0)
  }

  static var settings: Settings {
    var settings = Settings(currency: Scenario.usd)
    settings.costRate = Scenario.money(5000)
    settings.exitCollectionRisk = Fraction(1, 2)
    settings.asOf = asOf
    return settings
  }

  static var ledger: Ledger {
    var directory = ClientDirectory()
    let acme = directory.key(for: "Acme")
    let bolt = directory.key(for: "Bolt")
    let crane = directory.key(for: "Crane")
    let dune = directory.key(for: "Dune")
    var ledger = Ledger(clients: directory)
    let money = Scenario.money
    ledger.timeEntries = [
      TimeEntry(day: day(2026, 5, 1), client: acme, seconds: 36_000),
      TimeEntry(day: day(2026, 8, 10), client: acme, seconds: 144_000),
      TimeEntry(day: day(2026, 8, 20), client: acme, seconds: 36_000, billable: false),
      TimeEntry(day: day(2026, 3, 1), client: bolt, seconds: 18_000),
      TimeEntry(day: day(2026, 9, 1), client: crane, seconds: 36_000),
      TimeEntry(day: day(2026, 9, 25), client: dune, seconds: 7200),
    ]
    ledger.invoices = [
      Invoice(number: "A-0", client: acme, issued: day(2026, 6, 20), due: day(2026, 7, 20), amount: money(100_000)),
      Invoice(
        number: "A-1", client: acme, issued: day(2026, 8, 31), due: day(2026, 9, 30), amount: money(200_000),
        paidDay: day(2026, 9, 15)),
      Invoice(number: "B-1", client: bolt, issued: day(2026, 3, 31), amount: money(50_000), paidDay: day(2026, 4, 10)),
      Invoice(
        number: "C-1", client: crane, issued: day(2026, 9, 5), amount: money(100_000), paidDay: day(2026, 9, 20)),
    ]
    ledger.payments = [Payment(invoiceNumber: "Z-9", day: day(2026, 9, 1), amount: money(1000))]
    ledger.incidents = [
      Incident(day: day(2026, 9, 10), client: crane, kind: .abuse, note: "Shouted at the designer")
    ]
    return ledger
  }
}
