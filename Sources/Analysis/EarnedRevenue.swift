import Domain
import Parallel

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
  /// the time of the first `timed` periods is summed (`times`); `only`, when given, names the
  /// clients whose figures are wanted, and no other client's time is read.
  ///
  /// Every figure is one client's, so the clients of a ledger with at least `twoCoresFrom`
  /// entries are read on two cores, each core taking the next client not yet taken, the largest
  /// first (a client's cost depends on its days as much as on its entries).
  init(
    ledger: Ledger, book: InvoiceBook, settings: Settings, asOf: Day, periods: [Period], timed: Int = 1,
    tracing: Set<ClientKey> = [], only: Set<ClientKey>? = nil, twoCoresFrom: Int = entriesOnBothCores
  ) {
    precondition(timed <= periods.count, "EarnedRevenue: more timed periods than periods")
    self.periods = periods
    let reading = Reading(
      ledger: ledger, settings: settings, asOf: asOf, periods: periods, timed: timed, tracing: tracing,
      billed: Self.billed(book, settings: settings, asOf: asOf), only: only)
    let clients = SharedIndices(count: reading.clients.count)
    var part: Part
    if ledger.timeEntries.count < twoCoresFrom {
      part = reading.part(taking: clients)
    } else {
      let other: Part
      (part, other) = bothAtOnce({ reading.part(taking: clients) }, { reading.part(taking: clients) })
      part.add(other)
    }
    (results, firstActivity, times, traced) = (part.results, part.firstActivity, part.times, part.traced)
  }

  /// Entries a ledger must have for its clients to be read on two cores.
  static let entriesOnBothCores = 1 << 15

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

extension EarnedRevenue {
  /// What one reading of some clients finds: their results and the facts that go with them.
  private struct Part: Sendable {
    var results: [ClientKey: [Result]] = [:]
    var firstActivity: [ClientKey: Day] = [:]
    var times: [[ClientKey: TimeTotals]]
    var traced: [ClientKey: ClientEarnings] = [:]

    /// Adds another reading's clients, none of them this one's.
    mutating func add(_ other: Part) {
      results.merge(other.results) { mine, _ in mine }
      firstActivity.merge(other.firstActivity) { mine, _ in mine }
      for index in times.indices { times[index].merge(other.times[index]) { mine, _ in mine } }
      traced.merge(other.traced) { mine, _ in mine }
    }
  }

  /// The clients' time, invoices and expenses, read one client at a time by each core.
  private struct Reading: Sendable {
    let ledger: Ledger
    let settings: Settings
    let asOf: Day
    let periods: [Period]
    let timed: Int
    let tracing: Set<ClientKey>
    let billed: [ClientKey: [InvoiceSpans.Billed]]
    /// Every client with time, the most entries first, then those with only invoices or expenses.
    let clients: [(client: ClientKey, entries: TimeLog.ClientEntries?)]
    /// The days of each client's expenses by as-of.
    let expenseDays: [ClientKey: [Day]]

    init(
      ledger: Ledger, settings: Settings, asOf: Day, periods: [Period], timed: Int, tracing: Set<ClientKey>,
      billed: [ClientKey: [InvoiceSpans.Billed]], only: Set<ClientKey>?
    ) {
      (self.ledger, self.settings, self.asOf, self.periods) = (ledger, settings, asOf, periods)
      (self.timed, self.tracing, self.billed) = (timed, tracing, billed)
      var expenseDays: [ClientKey: [Day]] = [:]
      for expense in ledger.expenses where expense.day <= asOf {
        expenseDays[expense.client, default: []].append(expense.day)
      }
      self.expenseDays = expenseDays
      let wanted = { (client: ClientKey) in only?.contains(client) ?? true }
      let timed = ledger.timeEntries.byClient.filter { wanted($0.client) }.sorted { $0.count > $1.count }
      let withTime = Set(timed.map(\.client))
      clients =
        timed.map { ($0.client, $0) }
        + Set(billed.keys).union(expenseDays.keys).subtracting(withTime).filter(wanted).map { ($0, nil) }
    }

    /// The earned revenue of each client taken from `shared` until none is left.
    func part(taking shared: SharedIndices) -> Part {
      let (periodCount, timedPeriods) = (periods.count, Array(periods.prefix(timed)))
      var part = Part(times: Array(repeating: [:], count: timed))
      let rates = settings.costRates.byNumber(in: ledger.timeEntries)
      var billedDays = BilledDays()
      while let index = shared.next() {
        let client = clients[index].client
        var current = ClientEarnings(
          spans: billed[client].map { InvoiceSpans($0, billing: settings.clients[client]?.billing ?? .arrears) }
            ?? InvoiceSpans([], billing: .arrears),
          periodCount: periodCount, timedCount: timedPeriods.count)
        if let entries = clients[index].entries {
          current.spans.makeDayTable()
          for entry in entries where entry.day <= asOf {
            current.see(entry.day)
            for period in timedPeriods.indices where timedPeriods[period].contains(entry.day) {
              // A row's own cost rate wins: the settings' rates are looked up only for the others.
              let rate = entry.costSeconds == nil ? rates[Int(entry.person)]?.rate(on: entry.day) : nil
              current.times[period].add(
                seconds: entry.seconds, billable: entry.billable, value: entry.value, rowCost: entry.costSeconds,
                rate: rate)
            }
            if entry.billable { billedDays.add(day: entry.day, seconds: entry.seconds, value: entry.value) }
          }
          // Every figure of §3a depends on an entry's day, not on the entry: each day is counted once.
          for day in billedDays.days { current.add(day, periods: periods) }
          billedDays.removeAll()
          current.spans.releaseDayTable()
        }
        for day in expenseDays[client] ?? [] { current.see(day) }
        current.spans.settle(firstActivity: current.firstActivity, asOf: asOf)
        part.results[client] = current.results(periods: periods, currency: settings.currency)
        if let first = current.firstActivity { part.firstActivity[client] = first }
        for (period, time) in current.times.enumerated() where time.entryCount > 0 { part.times[period][client] = time }
        if tracing.contains(client) { part.traced[client] = current }
      }
      return part
    }
  }
}
