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
  /// The spelling of each entry's first row (`TimeRow.spelling`).
  private var spellings: [Int32] = []
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
      append(entry(), spelling: row.spelling, folds: folds)
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
    append(entry(), spelling: row.spelling, folds: true)
    keys[bucket] = key
    indices[bucket] = Int32(entries.count)
    if entries.count * 2 > keys.count { grow() }
  }

  /// Hands every entry to the ledger, in the order they began. With `oneSpellingPerClient` (no two
  /// spellings of the file name one client) the entries are already folded by client.
  /// The fold is empty afterwards.
  mutating func drain(into ledger: inout Ledger, oneSpellingPerClient: Bool) {
    var drained = self
    self = TimeFold()  // the entries are not copied when no other reference to them is left
    for index in drained.entries.indices {
      drained.entries[index].seconds = drained.seconds[index]
      drained.entries[index].value = drained.values[index]
    }
    if oneSpellingPerClient && ledger.timeEntries.isEmpty && !drained.someLeftForTheLedger
      && !drained.ledgerFolds.contains(false)
    {
      ledger.addFoldedTime(drained.entries)
      return
    }
    for (entry, folds) in zip(drained.entries, drained.ledgerFolds) { ledger.addTime(entry, folding: folds) }
  }

  /// Numbers the lines of the entries' positions `offset` further on.
  mutating func shiftLines(by offset: Int) {
    for index in entries.indices { entries[index].position?.line += offset }
  }

  /// Adds the entries of a later part of the file, as if its rows had been added here;
  /// `spellingNumbers` maps the later part's spelling numbers to this part's.
  mutating func append(_ later: TimeFold, spellingNumbers: [Int]) {
    // At most this many: not the next power of two, which for large files is much more.
    let most = entries.count + later.entries.count
    entries.reserveCapacity(most)
    seconds.reserveCapacity(most)
    values.reserveCapacity(most)
    spellings.reserveCapacity(most)
    ledgerFolds.reserveCapacity(most)
    for index in later.entries.indices {
      var entry = later.entries[index]
      entry.seconds = later.seconds[index]
      entry.value = later.values[index]
      let row = TimeRow(
        day: entry.day, spelling: spellingNumbers[Int(later.spellings[index])], seconds: entry.seconds,
        billable: entry.billable, value: entry.value)
      add(row, ledgerFolds: later.ledgerFolds[index]) { entry }
    }
    if later.someLeftForTheLedger { someLeftForTheLedger = true }
  }

  private mutating func append(_ entry: TimeEntry, spelling: Int, folds: Bool) {
    entries.append(entry)
    spellings.append(Int32(truncatingIfNeeded: spelling))
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
