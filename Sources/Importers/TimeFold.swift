import Domain

/// One time row as read, before it is folded: the client is the number of its spelling in the
/// file (`FileCells.spellings`).
struct TimeRow {
  var day: Day
  var spelling: Int
  var seconds: Int64
  var billable: Bool
  var value: Money?
}

/// One file's time rows, summed as they are read by client spelling, day, billable flag and value
/// currency, so a row costs an integer lookup; handed to the ledger in the order the rows came,
/// where `Ledger.addTime` folds them by client as it would have folded the rows themselves.
struct TimeFold {
  private var entries: [TimeEntry] = []
  /// Each entry's sums so far, apart from the entries so that adding a row touches only these.
  private var seconds: [Int64] = []
  private var values: [Money?] = []
  /// Whether the ledger may fold each entry (spec §1: amounts to be converted are kept apart).
  private var ledgerFolds: [Bool] = []
  /// Open addressing: a packed key, and the entry's index plus one (0: empty). A power of two long.
  private var keys = [UInt64](repeating: 0, count: 1024)
  private var indices = [Int32](repeating: 0, count: 1024)
  private var currencies: [Currency] = []
  /// Some rows the ledger may fold were not folded here (their key did not fit).
  private var someLeftForTheLedger = false

  /// Adds a row; `entry` makes its ledger entry (client key and position) when it starts a new one.
  mutating func add(_ row: TimeRow, ledgerFolds folds: Bool, entry: () -> TimeEntry) {
    guard folds, let key = packedKey(row) else {
      if folds { someLeftForTheLedger = true }
      append(entry(), folds: folds)
      return
    }
    let mask = keys.count - 1
    var bucket = Self.bucket(of: key, mask: mask)
    while indices[bucket] != 0 {
      if keys[bucket] == key {
        let index = Int(indices[bucket]) - 1
        seconds[index] += row.seconds
        if let more = row.value { values[index] = values[index].map { $0 + more } ?? more }
        return
      }
      bucket = (bucket + 1) & mask
    }
    append(entry(), folds: true)
    keys[bucket] = key
    indices[bucket] = Int32(entries.count)
    if entries.count * 2 > keys.count { grow() }
  }

  /// Hands every entry to the ledger, in the order they began. With `oneSpellingPerClient` (no two
  /// spellings of the file name one client) the entries are already folded by client.
  mutating func drain(into ledger: inout Ledger, oneSpellingPerClient: Bool) {
    for index in entries.indices {
      entries[index].seconds = seconds[index]
      entries[index].value = values[index]
    }
    if oneSpellingPerClient && ledger.timeEntries.isEmpty && !someLeftForTheLedger && !ledgerFolds.contains(false) {
      ledger.addFoldedTime(entries)
      return
    }
    for (entry, folds) in zip(entries, ledgerFolds) { ledger.addTime(entry, folding: folds) }
  }

  private mutating func append(_ entry: TimeEntry, folds: Bool) {
    entries.append(entry)
    seconds.append(entry.seconds)
    values.append(entry.value)
    ledgerFolds.append(folds)
  }

  /// Day (32 bits), spelling (24), billable (1), currency number (7); nil when the numbers do not
  /// fit, and the row is then handed on unfolded (the ledger still folds it).
  private mutating func packedKey(_ row: TimeRow) -> UInt64? {
    var currency = 0
    if let code = row.value?.currency {
      if let known = currencies.firstIndex(of: code) {
        currency = known + 1
      } else {
        currencies.append(code)
        currency = currencies.count
      }
    }
    guard row.spelling < 1 << 24, currency < 1 << 7 else { return nil }
    let day = UInt64(UInt32(bitPattern: row.day.daysSinceEpoch))
    return day << 32 | UInt64(row.spelling) << 8 | (row.billable ? 1 << 7 : 0) | UInt64(currency)
  }

  /// Where `key`'s search starts: Fibonacci hashing, so nearby days and spellings spread out.
  private static func bucket(of key: UInt64, mask: Int) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
  }

  private mutating func grow() {
    let size = keys.count * 2
    var larger = (keys: [UInt64](repeating: 0, count: size), indices: [Int32](repeating: 0, count: size))
    for bucket in keys.indices where indices[bucket] != 0 {
      var target = Self.bucket(of: keys[bucket], mask: size - 1)
      while larger.indices[target] != 0 { target = (target + 1) & (size - 1) }
      larger.keys[target] = keys[bucket]
      larger.indices[target] = indices[bucket]
    }
    (keys, indices) = larger
  }
}
