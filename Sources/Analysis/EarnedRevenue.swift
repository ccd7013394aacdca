import Domain

/// Earned revenue (spec §3a) of every client over a few periods at once: each invoice's net
/// amount attributed to the work of its span, and the unbilled work valued at what the billed work
/// earned.
///
/// Spans are made from all the client's counted invoices issued by as-of, whatever the periods,
/// so the work of a day earns the same in every period that holds it. The same pass over the time
/// sums each client's time in the first periods, the reports' own (`times`).
struct EarnedRevenue: Sendable {
  /// One client's earned revenue over one period.
  struct Result: Sendable, Equatable {
    /// Attributed amounts of the period's work + its unbilled value; nil when that cannot be valued.
    var earned: Money?
    var unbilledValue: Money?
    /// The period's oldest billable work no invoice has billed; nil when there is none.
    var oldestUnbilled: Day?
  }

  let periods: [Period]
  private var results: [ClientKey: [Result]] = [:]
  /// Each client's first time entry or expense by as-of.
  private(set) var firstActivity: [ClientKey: Day] = [:]
  /// For each of the first periods (`timed` of them), each client's time entries in it by as-of,
  /// summed; a client with none is absent.
  private(set) var times: [[ClientKey: TimeTotals]]
  /// The spans and work of the clients asked to be traced, for their explanation.
  private(set) var traced: [ClientKey: ClientEarnings] = [:]

  /// `tracing` names the clients whose spans and work are kept for an explanation (`traced`);
  /// the time of the first `timed` periods is summed (`times`).
  init(
    ledger: Ledger, book: InvoiceBook, settings: Settings, asOf: Day, periods: [Period], timed: Int = 1,
    tracing: Set<ClientKey> = []
  ) {
    precondition(timed <= periods.count, "EarnedRevenue: more timed periods than periods")
    self.periods = periods
    times = Array(repeating: [:], count: timed)
    let (periodCount, timedPeriods) = (periods.count, Array(periods.prefix(timed)))
    func earnings(_ spans: InvoiceSpans) -> ClientEarnings {
      ClientEarnings(spans: spans, periodCount: periodCount, timedCount: timedPeriods.count)
    }
    var work: [ClientKey: ClientEarnings] = [:]
    for (client, billed) in Self.billed(book, settings: settings, asOf: asOf) {
      work[client] = earnings(InvoiceSpans(billed, billing: settings.clients[client]?.billing ?? .arrears))
    }
    // The client's work is taken out of the table while its entries are read, so that its arrays
    // are not copied on every change.
    let rates = settings.costRates.byNumber(in: ledger.timeEntries)
    var billedDays = BilledDays()
    for entries in ledger.timeEntries.byClient {
      var current = work.removeValue(forKey: entries.client) ?? earnings(InvoiceSpans([], billing: .arrears))
      current.spans.makeDayTable()
      // The client's time is summed apart from its earnings (taken out, not shared, so not copied).
      var clientTimes = current.times
      current.times = []
      for entry in entries where entry.day <= asOf {
        current.see(entry.day)
        for index in timedPeriods.indices where timedPeriods[index].contains(entry.day) {
          // A row's own cost rate wins: the settings' rates are looked up only for the others.
          let rate = entry.costSeconds == nil ? rates[Int(entry.person)]?.rate(on: entry.day) : nil
          clientTimes[index].add(
            seconds: entry.seconds, billable: entry.billable, value: entry.value, rowCost: entry.costSeconds,
            rate: rate)
        }
        if entry.billable { billedDays.add(day: entry.day, seconds: entry.seconds, value: entry.value) }
      }
      current.times = clientTimes
      // Every figure of §3a depends on an entry's day, not on the entry: each day is counted once.
      for day in billedDays.days { current.add(day, periods: periods) }
      billedDays.removeAll()
      current.spans.releaseDayTable()
      work[entries.client] = current
    }
    for expense in ledger.expenses where expense.day <= asOf {
      work[expense.client, default: earnings(InvoiceSpans([], billing: .arrears))].see(expense.day)
    }
    for (client, var earnings) in work {
      earnings.spans.settle(firstActivity: earnings.firstActivity, asOf: asOf)
      results[client] = earnings.results(periods: periods, currency: settings.currency)
      if let first = earnings.firstActivity { firstActivity[client] = first }
      for (index, time) in earnings.times.enumerated() where time.entryCount > 0 { times[index][client] = time }
      if tracing.contains(client) { traced[client] = earnings }
    }
  }

  /// The client's result over `periods[index]`: zero when it has no work and no invoice.
  func result(for client: ClientKey, period index: Int, currency: Currency) -> Result {
    results[client]?[index] ?? Result(earned: .zero(currency), unbilledValue: .zero(currency), oldestUnbilled: nil)
  }

  /// The clients with any time, expense or counted invoice by as-of.
  var clients: Dictionary<ClientKey, [Result]>.Keys { results.keys }

  /// Every counted invoice issued by as-of, by client, with its amount less its bad debt at as-of.
  private static func billed(
    _ book: InvoiceBook, settings: Settings, asOf: Day
  ) -> [ClientKey: [InvoiceSpans.Billed]] {
    var billed: [ClientKey: [InvoiceSpans.Billed]] = [:]
    // Read in place: an entry (an invoice, its names and receipts) is a large value to copy.
    let entries = book.entries
    for index in entries.indices where entries[index].invoice.issued <= asOf {
      let standing = InvoiceStanding.balance(
        of: entries[index], asOf: asOf, writeOffAfterDays: settings.writeOffAfterDays)
      let amount = entries[index].invoice.amount
      let net = Int128(amount.minorUnits) - (standing.isBadDebt ? Int128(standing.open.minorUnits) : 0)
      billed[entries[index].invoice.client, default: []].append(
        InvoiceSpans.Billed(issued: entries[index].invoice.issued, net: net, isCreditNote: amount.isNegative))
    }
    return billed
  }
}

/// One client's spans and the work each period holds, gathered in one pass over the time.
struct ClientEarnings: Sendable {
  var spans: InvoiceSpans
  /// Per period, per span: the span's work that falls in the period.
  var work: [[SpanWork]]
  var unbilled: [UnbilledWork]
  var firstActivity: Day?
  /// The time entries in each of the first periods.
  var times: [TimeTotals]

  init(spans: InvoiceSpans, periodCount: Int, timedCount: Int = 1) {
    self.spans = spans
    work = Array(repeating: Array(repeating: SpanWork(), count: spans.spans.count), count: periodCount)
    unbilled = Array(repeating: UnbilledWork(), count: periodCount)
    times = Array(repeating: TimeTotals(), count: timedCount)
  }

  mutating func see(_ day: Day) {
    firstActivity = min(firstActivity ?? day, day)
  }

  /// Counts a day's billable work in its span's weights and in each period that holds the day.
  mutating func add(_ day: BilledWork, periods: [Period]) {
    if let index = spans.span(billing: day.day) {
      spans.add(day, toSpan: index)
      for period in periods.indices where periods[period].contains(day.day) {
        work[period][index].seconds += day.seconds
        work[period][index].value += day.value
      }
    } else {
      for period in periods.indices where periods[period].contains(day.day) {
        unbilled[period].add(day)
      }
    }
  }

  func results(periods: [Period], currency: Currency) -> [EarnedRevenue.Result] {
    let rates = self.rates
    return periods.indices.map { index in
      var earned = ExactSum()
      for (span, work) in zip(spans.spans, work[index]) {
        work.attribute(span, in: periods[index], to: &earned)
      }
      var unbilledValue = ExactSum()
      guard unbilled[index].addValue(at: rates, to: &unbilledValue) else {
        return EarnedRevenue.Result(earned: nil, unbilledValue: nil, oldestUnbilled: unbilled[index].oldest)
      }
      earned.add(unbilledValue)
      return EarnedRevenue.Result(
        earned: earned.money(currency), unbilledValue: unbilledValue.money(currency),
        oldestUnbilled: unbilled[index].oldest)
    }
  }
}

extension ClientEarnings {
  /// What the client's billed work earned, to value its unbilled work at.
  var rates: BilledRates { BilledRates(spans: spans.spans) }

  /// What each span attributes to the work of `periods[index]`, exactly, in span order.
  func attributions(period index: Int, of periods: [Period]) -> [Fraction] {
    zip(spans.spans, work[index]).map { span, work in
      var amount = ExactFraction()
      work.attribute(span, in: periods[index], to: &amount)
      return amount.value
    }
  }
}
