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
    var result = Ledger(clients: ledger.clients)
    // The new client each dropped one's work goes to: none with --no-refill or without a target rate.
    var refill = Refill(rate: scenario.refill ? settings.targetRate : nil)
    if refill.rate != nil {
      for client in scenario.dropped {
        refill.clients[client] = result.clients.key(
          for: Scenario.refillName(of: ledger.clients.displayName(for: client)))
      }
    }
    let time = changedTime(
      ledger, scenario: scenario, spans: spans, currency: settings.currency, refill: refill, asOf: asOf)
    var invoices = InvoiceTransform(ledger: ledger, asOf: asOf, paymentTermsDays: settings.paymentTermsDays)
    for (client, share) in scenario.billNonBillable where share > .zero {
      guard let clientSpans = spans[client] else { continue }
      invoices.scaleBySpan(client, spans: clientSpans, added: time.added[client] ?? [:])
    }
    for (client, factor) in scenario.rateFactors { invoices.scale(client, by: factor) }
    for (client, days) in scenario.paymentTerms { invoices.setTerms(client, days: days) }
    for (client, share) in scenario.deposits { invoices.addDeposit(client, share: share) }
    for client in scenario.dropped {
      if let key = refill.clients[client] {
        invoices.addPaid(for: key, amounts: monthly(time.refills[client] ?? [], asOf: asOf))
      }
      invoices.drop(client)
    }
    result.timeEntries = time.log
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

  /// Where dropped clients' work goes: the new client of each, and the rate it is valued at.
  private struct Refill {
    var rate: Money?
    var clients: [ClientKey: ClientKey] = [:]
  }

  /// The time as the scenario changes it, entry by entry: the share of each client's non-billable
  /// entries made billable (valued at the client's billable value per second, where its billable
  /// entries have values), values scaled by the clients' rate factors, and each dropped client's
  /// entries dated by as-of moved to its refill client, valued at the refill rate, after all the
  /// others (left out without a refill). With the seconds made billable in each span, and each
  /// dropped client's refill work.
  private static func changedTime(
    _ ledger: Ledger, scenario: Scenario, spans: [ClientKey: InvoiceSpans], currency: Currency, refill: Refill,
    asOf: Day
  ) -> (log: TimeLog, added: [ClientKey: [Int: Int128]], refills: [ClientKey: [TimeEntry]]) {
    var valueRate: [ClientKey: Fraction] = [:]
    if !scenario.billNonBillable.isEmpty {
      var sums: [ClientKey: (value: Int128, seconds: Int128)] = [:]
      for entry in ledger.timeEntries where entry.billable && scenario.billNonBillable[entry.client] != nil {
        guard let value = entry.value else { continue }
        sums[entry.client, default: (0, 0)].value += Int128(value.minorUnits)
        sums[entry.client, default: (0, 0)].seconds += Int128(entry.seconds)
      }
      for (client, sum) in sums where sum.seconds > 0 { valueRate[client] = Fraction(sum.value, sum.seconds) }
    }
    var added: [ClientKey: [Int: Int128]] = [:]
    var refills: [ClientKey: [TimeEntry]] = [:]
    // Built entry by entry and folded once: a copy of the whole time per change would cost more
    // memory than the ledger itself.
    let log = TimeLog.folding { add in
      func keep(_ entry: TimeEntry) {
        guard scenario.dropped.contains(entry.client) else {
          guard let factor = scenario.rateFactors[entry.client], let value = entry.value else { return add(entry) }
          var scaled = entry
          scaled.value = value.multiplied(by: factor)
          return add(scaled)
        }
        guard let rate = refill.rate, let key = refill.clients[entry.client], entry.day <= asOf else { return }
        var work = entry
        work.client = key
        work.billable = true
        work.value = .of(seconds: entry.seconds, at: rate)
        refills[entry.client, default: []].append(work)
      }
      for entry in ledger.timeEntries {
        guard !entry.billable, let share = scenario.billNonBillable[entry.client] else {
          keep(entry)
          continue
        }
        let moved = Int64((Fraction(Int128(entry.seconds)) * share).roundedHalfEven())
        guard moved != 0 else {
          keep(entry)
          continue
        }
        // The billed part is the same work: its project, person, and its share of the row's own
        // cost, by seconds (kept whole on the rest when the billed part has no value to carry it).
        var (kept, billed) = (entry, entry)
        kept.seconds -= moved
        billed.seconds = moved
        billed.billable = true
        billed.value = valueRate[entry.client].map {
          Money(exactMinorUnits: $0 * Fraction(Int128(moved)), currency: currency)
        }
        billed.costSeconds = nil
        if let cost = entry.costSeconds, billed.value != nil {
          billed.costSeconds = Int64(Fraction(Int128(cost) * Int128(moved), Int128(entry.seconds)).roundedHalfEven())
          kept.costSeconds = cost - (billed.costSeconds ?? 0)
        }
        keep(kept)
        keep(billed)
        if let span = spans[entry.client]?.span(billing: entry.day) {
          added[entry.client, default: [:]][span, default: 0] += Int128(moved)
        }
      }
      for client in scenario.dropped {
        for entry in refills[client] ?? [] { add(entry) }
      }
    }
    return (log, added, refills)
  }
}
