/// Every fact imported from the input files, keyed by client: the one value the analysis reads.
///
/// Amounts keep the currency they arrived in; `CurrencyConverter` turns a ledger into one
/// currency before any figure is computed.
public struct Ledger: Sendable {
  /// The time worked, folded by `TimeEntry.foldKey` where the amounts allow. An importer
  /// hands a file's entries grouped by client where it can, so that reading them client by
  /// client is a run per client; nothing depends on the order.
  public var timeEntries: [TimeEntry] = []
  public var invoices: [Invoice] = []
  public var payments: [Payment] = []
  public var expenses: [Expense] = []
  public var incidents: [Incident] = []
  public var clients: ClientDirectory
  /// The index in `timeEntries` of each entry that later time may be folded into; built when time
  /// is first added one entry at a time (nil until then).
  private var foldIndex: [TimeEntry.FoldKey: Int]?
  /// The indices in `timeEntries` of entries added without folding.
  private var unfoldable: Set<Int> = []

  public init(clients: ClientDirectory = ClientDirectory()) {
    self.clients = clients
  }

  /// Every currency any amount is in, sorted by code.
  public var currencies: [Currency] {
    var seen = Set<Currency>()
    var last: Currency?
    for entry in timeEntries {
      if let currency = entry.value?.currency, currency != last {
        seen.insert(currency)
        last = currency
      }
    }
    for invoice in invoices {
      seen.insert(invoice.amount.currency)
      if let paid = invoice.paidAmount { seen.insert(paid.currency) }
    }
    for payment in payments { seen.insert(payment.amount.currency) }
    for expense in expenses { seen.insert(expense.amount.currency) }
    return seen.sorted()
  }

  /// The clients that have time entries.
  public var timeClients: Set<ClientKey> {
    var keys = Set<ClientKey>()
    var last: ClientKey?
    // Time usually comes grouped by client (`TimeFold`): a client repeated is not hashed again.
    for entry in timeEntries where entry.client != last {
      keys.insert(entry.client)
      last = entry.client
    }
    return keys
  }

  /// Every client that appears in any fact.
  public var clientKeys: Set<ClientKey> {
    var keys = timeClients
    for invoice in invoices { keys.insert(invoice.client) }
    for expense in expenses { keys.insert(expense.client) }
    for incident in incidents { keys.insert(incident.client) }
    return keys
  }

  /// Adds time, folded into the entry of the same client, day, billable flag and value currency
  /// when `folding` (sums are all the figures need). Amounts that will be converted into another
  /// currency must not be folded: spec §1 converts one amount at a time.
  public mutating func addTime(_ entry: TimeEntry, folding: Bool) {
    guard folding else {
      unfoldable.insert(timeEntries.count)
      timeEntries.append(entry)
      return
    }
    var index = foldIndex ?? builtFoldIndex()
    foldIndex = nil  // not a second reference while it is changed below
    let key = entry.foldKey
    if let found = index[key] {
      timeEntries[found].fold(entry)
    } else {
      index[key] = timeEntries.count
      timeEntries.append(entry)
    }
    foldIndex = index
  }

  /// Adds time that is already folded (no two entries share a fold key) to a ledger with no time
  /// yet, without indexing it until more time comes.
  public mutating func addFoldedTime(_ entries: [TimeEntry]) {
    precondition(timeEntries.isEmpty, "addFoldedTime on a ledger that has time")
    timeEntries = entries
    foldIndex = nil
  }

  private func builtFoldIndex() -> [TimeEntry.FoldKey: Int] {
    var index: [TimeEntry.FoldKey: Int] = [:]
    index.reserveCapacity(timeEntries.count)
    for (position, entry) in timeEntries.enumerated() where !unfoldable.contains(position) {
      if index[entry.foldKey] == nil { index[entry.foldKey] = position }
    }
    return index
  }

  /// Appends another ledger's facts (one file's import) to this one.
  public mutating func append(_ other: Ledger) {
    if timeEntries.isEmpty {
      (timeEntries, foldIndex, unfoldable) = (other.timeEntries, other.foldIndex, other.unfoldable)
    } else {
      for (index, entry) in other.timeEntries.enumerated() {
        addTime(entry, folding: !other.unfoldable.contains(index))
      }
    }
    invoices += other.invoices
    payments += other.payments
    expenses += other.expenses
    incidents += other.incidents
    clients.merge(other.clients)
  }
}
