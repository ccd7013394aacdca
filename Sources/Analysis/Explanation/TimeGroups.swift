import Domain

/// The one place an explanation reads time entries: each client's time in a period, grouped by
/// month, with the billable work no invoice has billed apart (spec §3a).
///
/// Grouping by month and project is one more field of `Key` once a time entry names its project.
enum TimeGroups {
  /// What a group is keyed by.
  struct Key: Hashable, Comparable, Sendable {
    var year: Int
    var month: Int

    init(_ day: Day) {
      let (year, month, _) = day.components
      self.year = year
      self.month = month
    }

    /// `2026-03`.
    var text: String { "\(year)-" + (month < 10 ? "0\(month)" : "\(month)") }

    static func < (a: Key, b: Key) -> Bool { (a.year, a.month) < (b.year, b.month) }
  }

  /// The sums of one group's entries.
  struct Group: Sendable {
    let key: Key
    var time = TimeTotals()
    /// The group's billable work outside the client's invoice spans.
    var unbilled = UnbilledWork()
    /// The group's first entry (by day, then input order) and where its (first) row was read.
    var firstDay: Day
    var first: SourcePosition?

    init(key: Key, firstDay: Day) {
      self.key = key
      self.firstDay = firstDay
    }
  }

  /// The time of `clients` dated in `period` and by `asOf`, by client and month (months in order).
  /// `spans` says which billable work an invoice bills; a client absent has never been invoiced.
  static func byMonth(
    _ ledger: Ledger, clients: Set<ClientKey>, period: Period, asOf: Day, spans: [ClientKey: InvoiceSpans],
    costRates: CostRates
  ) -> [ClientKey: [Group]] {
    var groups: [ClientKey: [Key: Group]] = [:]
    // Only the clients asked for: spelling out every client's entries would cost most of the run.
    for client in clients {
      for entry in ledger.timeEntries.entries(of: client) where entry.day <= asOf && period.contains(entry.day) {
        add(entry, to: &groups, spans: spans, costRates: costRates)
      }
    }
    return groups.mapValues { $0.values.sorted { $0.key < $1.key } }
  }

  /// Counts an entry in its client's group of its month.
  private static func add(
    _ entry: TimeEntry, to groups: inout [ClientKey: [Key: Group]], spans: [ClientKey: InvoiceSpans],
    costRates: CostRates
  ) {
    let key = Key(entry.day)
    var group = groups[entry.client]?[key] ?? Group(key: key, firstDay: entry.day)
    group.time.add(
      seconds: entry.seconds, billable: entry.billable, value: entry.value, rowCost: entry.costSeconds,
      rate: entry.costSeconds == nil ? costRates.rate(of: entry.person, on: entry.day) : nil)
    if entry.day < group.firstDay {
      group.firstDay = entry.day
      group.first = entry.position
    } else if entry.day == group.firstDay && group.first == nil {
      group.first = entry.position
    }
    if entry.billable && spans[entry.client]?.span(billing: entry.day) == nil {
      var work = BilledWork(day: entry.day)
      work.add(seconds: entry.seconds, value: entry.value)
      group.unbilled.add(work)
    }
    groups[entry.client, default: [:]][key] = group
  }
}
