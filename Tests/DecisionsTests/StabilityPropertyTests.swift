import Analysis
import Domain
import TestSupport
import Testing

@testable import Decisions

/// Issue 18's property: `decide` on generated ledgers, every third day over two months. Steady
/// clients keep their recommendation and a monthly profit within ±10% of its median; nobody without
/// a severe incident or a failed recorded attempt is told to exit now or phase out; a refund offer
/// is never above what the client paid in the window nor made to a client who owes money past due.
@Suite struct StabilityPropertyTests {
  static let usd = Currency(code: "USD") ?? .unknown
  static let firstAsOf = Day(year: 2026, month: 9, day: 1) ?? Day(daysSinceEpoch: 0)
  /// Every third day over two months.
  static let asOfs = stride(from: 0, through: 60, by: 3).map { firstAsOf + $0 }
  static let steady = ["Steady Hourly", "Steady Retainer"]
  /// The clients whose recorded attempt has had its time by the first as-of.
  static let failedAttempts = ["Losing Warned", "Dominant"]

  @Test(arguments: [UInt64(1), 2, 3, 4, 5])
  func decisionsAreStableAndFireNobodyUntried(seed: UInt64) throws {
    let ledger = GeneratedLedger(seed: seed).ledger
    var settings = Settings(currency: Self.usd)
    settings.costRate = Money(minorUnits: 6000, currency: Self.usd)
    settings.clients[ClientKey("Steady Retainer")] = ClientTerms(billing: .advance)
    var verdicts: [String: [Recommendation]] = [:]
    var profits: [String: [Fraction]] = [:]
    for asOf in Self.asOfs {
      settings.asOf = asOf
      let report = try DecisionMaker.decide(ledger: ledger, settings: settings)
      for decision in report.decisions {
        verdicts[decision.name, default: []].append(decision.recommendation)
        if let profit = decision.monthlyProfit { profits[decision.name, default: []].append(profit) }
        let exits = decision.recommendation == .exitNow || decision.recommendation == .phaseOut
        if exits && !Self.failedAttempts.contains(decision.name) {
          Issue.record("seed \(seed), \(asOf): \(decision.name) told \(decision.recommendation.rawValue)")
        }
        if let offer = decision.refundOffer {
          #expect(offer <= decision.window.paidInPeriod.exact, "seed \(seed), \(asOf): \(decision.name)")
          #expect(decision.settlement.pastDue.isZero, "seed \(seed), \(asOf): \(decision.name)")
        }
      }
    }
    for name in Self.steady {
      let seen = verdicts[name] ?? []
      #expect(seen.count == Self.asOfs.count, "seed \(seed): \(name)")
      #expect(Set(seen).count == 1, "seed \(seed): \(name) went \(seen.map(\.rawValue))")
      let monthly = (profits[name] ?? []).sorted()
      let median = monthly[monthly.count / 2]
      for profit in monthly {
        let gap = profit > median ? profit - median : median - profit
        #expect(gap * Fraction(10) <= median, "seed \(seed): \(name) \(profit) against a median of \(median)")
      }
    }
    // The clients whose attempt failed are told to leave, every time; the debtor never gets a refund.
    #expect(verdicts["Losing Warned"]?.allSatisfy { $0 == .exitNow } == true, "seed \(seed)")
    #expect(verdicts["Dominant"]?.allSatisfy { $0 == .phaseOut || $0 == .exitNow } == true, "seed \(seed)")
    #expect(verdicts["Losing Unwarned"]?.allSatisfy { $0 == .fix || $0 == .renegotiate } == true, "seed \(seed)")
    #expect(verdicts["New Client"]?.first == .new, "seed \(seed)")
    #expect(verdicts["Unbilled Work"]?.last == .invoiceFirst, "seed \(seed)")
  }
}

/// A year of nine clients, each a case of the property: steady hourly billed in arrears, a steady
/// retainer paid in advance, losing with and without a recorded warning, new, a debtor, a dominant
/// client, work left unbilled, and a one-off spike month.
struct GeneratedLedger {
  let ledger: Ledger

  init(seed: UInt64) {
    var random = SeededRandom(state: seed)
    var builder = Builder()
    let start = Day(year: 2025, month: 9, day: 1) ?? Day(daysSinceEpoch: 0)
    let end = Day(year: 2026, month: 12, day: 31) ?? start
    var day = start
    while day <= end {
      let weekday = (Int(day.daysSinceEpoch) + 3) % 7  // Monday 0 … Sunday 6
      func work(_ client: String, _ hours: Int, rate: Int64?, jitter: Bool = true) {
        // ±10% around the planned hours, in quarter hours.
        let quarters = hours * 4 + (jitter ? Int.random(in: -hours * 4 / 10...hours * 4 / 10, using: &random) : 0)
        builder.time(client, day, seconds: Int64(quarters) * 900, rate: rate)
      }
      let spike = day.year == 2026 && day.month == 7
      if weekday < 5 { work("Steady Retainer", 3, rate: nil) }
      switch weekday {
      case 0:
        work("Steady Hourly", 6, rate: 10_000)
        work("Unbilled Work", 4, rate: 10_000)
        if day >= (Day(year: 2026, month: 8, day: 20) ?? start) { work("New Client", 4, rate: 9_000) }
        work("Dominant", 6, rate: 5_500)
      case 1:
        work("Losing Unwarned", 5, rate: 3_500)
        work("Dominant", 6, rate: 5_500)
        work("Spike", spike ? 12 : 4, rate: 9_000)
      case 2:
        work("Steady Hourly", 6, rate: 10_000)
        work("Debtor", 4, rate: 8_000)
        work("Dominant", 6, rate: 5_500)
      case 3:
        work("Losing Warned", 5, rate: 4_500)
        work("Dominant", 6, rate: 5_500)
      case 4:
        work("Steady Hourly", 6, rate: 10_000)
        work("Dominant", 6, rate: 5_500)
      default: break
      }
      if day.components.day == 1 { builder.billMonthBefore(day) }
      day = day + 1
    }
    builder.incident("Losing Warned", Day(year: 2026, month: 6, day: 15) ?? start, .warning)
    builder.incident("Dominant", Day(year: 2026, month: 5, day: 1) ?? start, .rateProposed)
    ledger = builder.ledger
  }

  /// Facts added one by one, with each client's billable value per month for its invoices.
  struct Builder {
    var ledger = Ledger()
    var unbilled: [String: Int64] = [:]
    var number = 0
    let usd = StabilityPropertyTests.usd

    mutating func time(_ client: String, _ day: Day, seconds: Int64, rate: Int64?) {
      let key = ledger.clients.key(for: client)
      let value = rate.map { Money(minorUnits: seconds * $0 / 3600, currency: usd) }
      ledger.timeEntries.append(TimeEntry(day: day, client: key, seconds: seconds, value: value))
      if let value { unbilled[client, default: 0] += value.minorUnits }
    }

    mutating func incident(_ client: String, _ day: Day, _ kind: IncidentKind) {
      ledger.incidents.append(Incident(day: day, client: ledger.clients.key(for: client), kind: kind))
    }

    /// On the 1st: the hourly clients' last month, in arrears, and the retainer's month, in advance.
    mutating func billMonthBefore(_ day: Day) {
      for (client, amount) in unbilled.sorted(by: { $0.key < $1.key }) where amount > 0 {
        if client == "Unbilled Work" && day > (Day(year: 2026, month: 7, day: 1) ?? day) { continue }
        // The debtor never pays; everyone else ten days after the invoice.
        invoice(client, day, amount, paid: client == "Debtor" ? nil : day + 10)
        unbilled[client] = 0
      }
      invoice("Steady Retainer", day, 800_000, paid: day + 4)
    }

    private mutating func invoice(_ client: String, _ day: Day, _ amount: Int64, paid: Day?) {
      number += 1
      ledger.invoices.append(
        Invoice(
          number: "G-\(number)", client: ledger.clients.key(for: client), issued: day,
          amount: Money(minorUnits: amount, currency: usd), paidDay: paid))
    }
  }
}
