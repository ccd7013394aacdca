import Domain

/// The ledger and settings a `Scenario` makes (docs/spec.md "What if"): what `whatif` runs the
/// real analysis and decisions on. The one place that rewrites time entries.
public enum LedgerTransform {
  /// `ledger` (in the report currency) and `settings` changed as `scenario` says; as-of is fixed to
  /// the original's, so moving a payment or dropping a client does not move the day.
  public static func apply(_ scenario: Scenario, to ledger: Ledger, settings: Settings) -> (Ledger, Settings) {
    var settings = settings
    let asOf = settings.asOf ?? FigureCalculator.defaultAsOf(ledger) ?? settings.to ?? Day(daysSinceEpoch: 0)
    settings.asOf = asOf
    if let costRate = scenario.costRate { settings.costRate = costRate }
    let spans = billedSpans(ledger, settings: settings, asOf: asOf, clients: Set(scenario.billNonBillable.keys))
    var (time, added) = billedTime(ledger, scenario: scenario, spans: spans, currency: settings.currency)
    var invoices = InvoiceTransform(ledger: ledger, asOf: asOf, paymentTermsDays: settings.paymentTermsDays)
    for (client, share) in scenario.billNonBillable where share > .zero {
      guard let clientSpans = spans[client] else { continue }
      invoices.scaleBySpan(client, spans: clientSpans, added: added[client] ?? [:])
    }
    for (client, factor) in scenario.rateFactors {
      time = time.map { entry in
        guard entry.client == client, let value = entry.value else { return entry }
        var entry = entry
        entry.value = value.multiplied(by: factor)
        return entry
      }
      invoices.scale(client, by: factor)
    }
    for (client, days) in scenario.paymentTerms { invoices.setTerms(client, days: days) }
    for (client, share) in scenario.deposits { invoices.addDeposit(client, share: share) }
    var result = Ledger(clients: ledger.clients)
    for client in scenario.dropped {
      if scenario.refill, let target = settings.targetRate {
        let refill = result.clients.key(for: Scenario.refillName(of: ledger.clients.displayName(for: client)))
        let work = time.filter { $0.client == client && $0.day <= asOf }.map { entry in
          TimeEntry(
            day: entry.day, client: refill, seconds: entry.seconds, billable: true,
            value: Money(
              exactMinorUnits: Fraction(Int128(entry.seconds) * Int128(target.minorUnits), 3600),
              currency: target.currency))
        }
        time += work
        invoices.addPaid(for: refill, amounts: monthly(work, asOf: asOf))
      }
      time.removeAll { $0.client == client }
      invoices.drop(client)
    }
    result.timeEntries = TimeLog(time)
    result.invoices = invoices.invoices
    result.payments = invoices.payments
    result.expenses = ledger.expenses.filter { !scenario.dropped.contains($0.client) }
    result.incidents = ledger.incidents.filter { !scenario.dropped.contains($0.client) }
    return (result, settings)
  }

  /// What `work` bills month by month: the value of each month's entries, issued on the month's last
  /// day (as-of for the month that holds it), in date order.
  private static func monthly(_ work: [TimeEntry], asOf: Day) -> [(issued: Day, amount: Money)] {
    var months: [Day: Money] = [:]
    for entry in work {
      guard let value = entry.value else { continue }
      let (year, month, _) = entry.day.components
      let next = Day(year: month == 12 ? year + 1 : year, month: month % 12 + 1, day: 1) ?? entry.day + 31
      let issued = min(next - 1, asOf)
      months[issued] = months[issued].map { $0 + value } ?? value
    }
    return months.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
  }

  /// The spans of each of `clients` (spec §3a) with the billable seconds each holds.
  private static func billedSpans(
    _ ledger: Ledger, settings: Settings, asOf: Day, clients: Set<ClientKey>
  ) -> [ClientKey: InvoiceSpans] {
    guard !clients.isEmpty else { return [:] }
    let book = InvoiceBook(ledger: ledger, paymentTermsDays: settings.paymentTermsDays, asOf: asOf)
    let earned = EarnedRevenue(
      ledger: ledger, book: book, settings: settings, asOf: asOf, periods: [Period()], tracing: clients)
    return earned.traced.mapValues(\.spans)
  }

  /// The time with the share of each client's non-billable entries made billable (valued at the
  /// client's billable value per second, where its billable entries have values), and the seconds
  /// made billable in each of its spans.
  private static func billedTime(
    _ ledger: Ledger, scenario: Scenario, spans: [ClientKey: InvoiceSpans], currency: Currency
  ) -> ([TimeEntry], [ClientKey: [Int: Int128]]) {
    guard !scenario.billNonBillable.isEmpty else { return (Array(ledger.timeEntries), [:]) }
    var valueRate: [ClientKey: Fraction] = [:]
    var sums: [ClientKey: (value: Int128, seconds: Int128)] = [:]
    for entry in ledger.timeEntries where entry.billable && scenario.billNonBillable[entry.client] != nil {
      guard let value = entry.value else { continue }
      sums[entry.client, default: (0, 0)].value += Int128(value.minorUnits)
      sums[entry.client, default: (0, 0)].seconds += Int128(entry.seconds)
    }
    for (client, sum) in sums where sum.seconds > 0 { valueRate[client] = Fraction(sum.value, sum.seconds) }
    var time: [TimeEntry] = []
    var added: [ClientKey: [Int: Int128]] = [:]
    for entry in ledger.timeEntries {
      guard !entry.billable, let share = scenario.billNonBillable[entry.client] else {
        time.append(entry)
        continue
      }
      let moved = Int64((Fraction(Int128(entry.seconds)) * share).roundedHalfEven())
      var kept = entry
      kept.seconds -= moved
      time.append(kept)
      guard moved != 0 else { continue }
      let value = valueRate[entry.client].map { rate in
        Money(exactMinorUnits: rate * Fraction(Int128(moved)), currency: currency)
      }
      time.append(
        TimeEntry(
          day: entry.day, client: entry.client, seconds: moved, billable: true, value: value, position: entry.position))
      if let span = spans[entry.client]?.span(billing: entry.day) {
        added[entry.client, default: [:]][span, default: 0] += Int128(moved)
      }
    }
    return (time, added)
  }
}
