import Analysis
import Domain
import TestSupport

/// A ledger of random facts from a seed, with the edges the figures must survive: credit notes,
/// uncollectible and partly paid invoices, payments files and refunds, entries without a value,
/// advance billing, expenses, incidents of every kind; and random settings and a random period.
struct RandomLedger {
  static let usd = Currency(code: "USD") ?? .unknown
  static let start = Day(year: 2025, month: 6, day: 1) ?? Day(daysSinceEpoch: 0)

  var ledger = Ledger()
  var settings = Settings(currency: usd)

  init(seed: UInt64) {
    var random = SeededRandom(state: seed)
    let names = ["Acme", "Birch & Co", "Cedar Labs", "Dune Media", "Elm Studio", "Fjord"]
    let clients = names.prefix(Int.random(in: 2...names.count, using: &random))
    var number = 0
    for name in clients {
      let key = ledger.clients.key(for: name)
      let rate = Int64.random(in: 3_000...15_000, using: &random)
      let valued = Int.random(in: 0...3, using: &random)  // 0: no values, 3: some missing
      var day = Self.start + Int.random(in: 0...200, using: &random)
      let last = Self.start + Int.random(in: 250...520, using: &random)
      var billed: Int64 = 0
      while day <= last {
        let seconds = Int64.random(in: 1...40, using: &random) * 900
        let billable = Int.random(in: 0...4, using: &random) > 0
        let hasValue = valued == 1 || valued == 2 || (valued == 3 && Bool.random(using: &random))
        let value = billable && hasValue ? Money(minorUnits: seconds * rate / 3600, currency: Self.usd) : nil
        ledger.timeEntries.append(TimeEntry(day: day, client: key, seconds: seconds, billable: billable, value: value))
        if billable { billed += seconds * rate / 3600 }
        if Int.random(in: 0...9, using: &random) == 0 {
          ledger.expenses.append(
            Expense(
              day: day, client: key,
              amount: Money(minorUnits: .random(in: 500...90_000, using: &random), currency: Self.usd)))
        }
        if Int.random(in: 0...24, using: &random) == 0 {
          let kinds: [IncidentKind] = [.abuse, .latePayment, .scopeChange, .disrespect, .warning, .fixAttempt]
          ledger.incidents.append(
            Incident(day: day, client: key, kind: kinds.randomElement(using: &random) ?? .warning))
        }
        if Int.random(in: 0...12, using: &random) == 0 && billed > 0 {
          number += 1
          addInvoice(number: number, client: key, day: day, amount: billed, random: &random)
          billed = 0
        }
        day = day + Int.random(in: 1...6, using: &random)
      }
      if Int.random(in: 0...3, using: &random) == 0 {
        settings.clients[key] = ClientTerms(
          contractEnd: Bool.random(using: &random) ? last + Int.random(in: -30...120, using: &random) : nil,
          wrapUpHours: Bool.random(using: &random) ? Fraction(Int128.random(in: 1...40, using: &random)) : nil,
          billing: Bool.random(using: &random) ? .advance : .arrears)
      }
    }
    if seed % 4 == 0 { addAbusiveClient() }
    settings.costRate =
      Int.random(in: 0...5, using: &random) == 0 ? nil : money(.random(in: 2_000...9_000, using: &random))
    settings.targetRate = Bool.random(using: &random) ? money(.random(in: 5_000...12_000, using: &random)) : nil
    settings.capitalRate = Fraction(Int128.random(in: 0...20, using: &random), 100)
    settings.exitCollectionRisk = Fraction(Int128.random(in: 0...4, using: &random), 4)
    settings.windowDays = [30, 60, 90, 91, 120].randomElement(using: &random) ?? 90
    settings.asOf = Bool.random(using: &random) ? nil : Self.start + Int.random(in: 200...560, using: &random)
    if Int.random(in: 0...2, using: &random) == 0 {
      settings.from = Self.start + Int.random(in: 0...250, using: &random)
      settings.to = settings.from.map { $0 + Int.random(in: 20...300, using: &random) }
    }
  }

  /// A client that loses money, pays every monthly invoice early and is abusive near the end: the
  /// exit-now with a refund offer.
  private mutating func addAbusiveClient() {
    let key = ledger.clients.key(for: "Grove")
    var day = Self.start
    let end = Self.start + 600
    while day <= end {
      ledger.timeEntries.append(TimeEntry(day: day, client: key, seconds: 4 * 3600, value: money(6_000)))
      if day.components.day == 28 {
        ledger.invoices.append(
          Invoice(number: "G-\(day)", client: key, issued: day, amount: money(50_000), paidDay: day + 3))
      }
      if (day - Self.start) % 45 == 0 { ledger.incidents.append(Incident(day: day, client: key, kind: .abuse)) }
      day = day + 2
    }
  }

  private func money(_ minorUnits: Int64) -> Money { Money(minorUnits: minorUnits, currency: Self.usd) }

  /// An invoice, a credit note now and then, paid by the row, by a payments file (in parts, late,
  /// with a refund) or not at all.
  private mutating func addInvoice(number: Int, client: ClientKey, day: Day, amount: Int64, random: inout SeededRandom)
  {
    let issued = day + Int.random(in: 0...10, using: &random)
    let status: InvoiceStatus = Int.random(in: 0...15, using: &random) == 0 ? .uncollectible : .issued
    let due = Bool.random(using: &random) ? issued + Int.random(in: 7...45, using: &random) : nil
    let paid = issued + Int.random(in: 0...120, using: &random)
    var invoice = Invoice(
      number: "R-\(number)", client: client, issued: issued, due: due, amount: money(amount), status: status)
    switch Int.random(in: 0...4, using: &random) {
    case 0: break
    case 1: (invoice.paidDay, invoice.paidAmount) = (paid, money(amount))
    case 2: (invoice.paidDay, invoice.paidAmount) = (paid, money(amount / 2))
    default:
      let parts = Int64.random(in: 1...3, using: &random)
      for part in 0..<parts {
        ledger.payments.append(
          Payment(invoiceNumber: invoice.number, day: paid + Int(part) * 15, amount: money(amount / parts)))
      }
      if Int.random(in: 0...5, using: &random) == 0 {
        ledger.payments.append(Payment(invoiceNumber: invoice.number, day: paid + 50, amount: money(-amount / 10)))
      }
    }
    ledger.invoices.append(invoice)
    if Int.random(in: 0...8, using: &random) == 0 {
      ledger.invoices.append(
        Invoice(
          number: "CN-\(number)", client: client, issued: issued + Int.random(in: -20...40, using: &random),
          amount: money(-amount / 5)))
    }
  }
}
