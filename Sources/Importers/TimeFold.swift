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
/// currency, so a row costs an integer lookup; handed to the ledger (`drain`) grouped by client, or,
/// when `Ledger.addTime` must fold them further, in the order the rows came, to be folded as the
/// rows themselves would have been.
struct TimeFold {
  /// One entry as it is summed: its first row's day, spelling, flag and line, and the sums so far.
  /// Small, since a large file has hundreds of thousands; the ledger's `TimeEntry` is made at the end.
  private struct Sum {
    var day: Day
    var spelling: Int32
    var line: Int32
    var column: Int32
    var billable: Bool
    /// Whether the ledger may fold the entry (spec §1: amounts to be converted are kept apart).
    var ledgerFolds: Bool
    var seconds: Int64
    var value: Money?
  }

  private var sums: [Sum] = []
  /// Open addressing: a packed key, and the entry's index plus one (0: empty). A power of two long.
  private var keys = [UInt64](repeating: 0, count: 1024)
  private var indices = [Int32](repeating: 0, count: 1024)
  private var currencies: [Currency] = []
  /// Some rows the ledger may fold were not folded here (their key did not fit).
  private var someLeftForTheLedger = false
  /// A later part's entries were appended: the key table no longer knows every entry.
  private var appendedLater = false

  /// Adds a row; `position` (asked only when the row starts an entry) is where it starts.
  mutating func add(_ row: TimeRow, ledgerFolds folds: Bool, position: () -> (line: Int, column: Int)) {
    precondition(!appendedLater, "TimeFold.add after append")
    guard folds, let key = packedKey(row) else {
      if folds { someLeftForTheLedger = true }
      append(row, folds: folds, position: position())
      return
    }
    let mask = keys.count - 1
    var bucket = Self.bucket(of: key, mask: mask)
    while indices[bucket] != 0 {
      if keys[bucket] == key {
        let index = Int(indices[bucket]) - 1
        sums[index].seconds += row.seconds
        if let more = row.value { sums[index].value = sums[index].value.map { $0 + more } ?? more }
        return
      }
      bucket = (bucket + 1) & mask
    }
    append(row, folds: true, position: position())
    keys[bucket] = key
    indices[bucket] = Int32(sums.count)
    if sums.count * 2 > keys.count { grow() }
  }

  /// Hands every entry to the ledger, naming each client by its spelling's key in `cells` and each
  /// position in the file at `path`. With `cells.oneSpellingPerClient` (no two spellings of the file
  /// name one client) the entries are already folded by client, and go to an empty ledger grouped by
  /// client (in the order the clients first appear, each client's in the order they began): whatever
  /// reads the ledger client by client then meets each client in one run. Otherwise they go in the
  /// order they began, for `Ledger.addTime` to fold. The fold is empty afterwards.
  mutating func drain(into ledger: inout Ledger, cells: FileCells, path: String) {
    let sums = sums
    self = TimeFold()
    func entry(_ sum: Sum) -> TimeEntry {
      TimeEntry(
        day: sum.day, client: cells.spellings[Int(sum.spelling)].key, seconds: sum.seconds, billable: sum.billable,
        value: sum.value, position: SourcePosition(file: path, line: Int(sum.line), column: Int(sum.column)))
    }
    guard
      cells.oneSpellingPerClient && ledger.timeEntries.isEmpty && !someLeftForTheLedger
        && !sums.contains(where: { !$0.ledgerFolds })
    else {
      for sum in sums { ledger.addTime(entry(sum), folding: sum.ledgerFolds) }
      return
    }
    let order = Self.groupedBySpelling(sums, spellingCount: cells.spellings.count)
    // Made in place, so that the advice comes before the first write: tens of megabytes at 1M rows.
    let entries = [TimeEntry](unsafeUninitializedCapacity: order.count) { buffer, count in
      HugePages.advise(UnsafeMutableRawBufferPointer(buffer))
      for index in order {
        buffer.initializeElement(at: count, to: entry(sums[Int(index)]))
        count += 1
      }
    }
    ledger.addFoldedTime(entries)
  }

  /// The indices of `sums` grouped by spelling number, each spelling's in their order (a counting sort).
  private static func groupedBySpelling(_ sums: [Sum], spellingCount: Int) -> [Int32] {
    var starts = [Int](repeating: 0, count: spellingCount + 1)
    for sum in sums { starts[Int(sum.spelling) + 1] += 1 }
    for spelling in 0..<spellingCount { starts[spelling + 1] += starts[spelling] }
    var order = [Int32](repeating: 0, count: sums.count)
    for (index, sum) in sums.enumerated() {
      order[starts[Int(sum.spelling)]] = Int32(index)
      starts[Int(sum.spelling)] += 1
    }
    return order
  }

  /// Adds the entries of a later part of the file, as if its rows had been added here;
  /// `spellingNumbers` maps the later part's spelling numbers to this part's. Only `drain` may
  /// follow.
  mutating func append(_ later: TimeFold, spellingNumbers: [Int]) {
    // Known once, by a pass over the entries here, rather than kept up to date on every row.
    let lastDayHere = sums.lazy.map(\.day).max()
    // At most this many: not the next power of two, which for large files is much more.
    sums.reserveCapacity(sums.count + later.sums.count)
    for var sum in later.sums {
      sum.spelling = Int32(spellingNumbers[Int(sum.spelling)])
      // An entry of a day after all of these cannot fold into one of them (a key has its day), and
      // the later entries' keys differ: it is appended as it is, without a search. In a file in
      // date order, that is all but the entries of the day the cut falls on.
      guard let lastDayHere, sum.day <= lastDayHere else {
        sums.append(sum)
        continue
      }
      let row = TimeRow(
        day: sum.day, spelling: Int(sum.spelling), seconds: sum.seconds, billable: sum.billable, value: sum.value)
      add(row, ledgerFolds: sum.ledgerFolds) { (Int(sum.line), Int(sum.column)) }
    }
    if later.someLeftForTheLedger { someLeftForTheLedger = true }
    appendedLater = true
  }

  /// Numbers the lines of the entries' positions `offset` further on.
  mutating func shiftLines(by offset: Int) {
    for index in sums.indices { sums[index].line = Int32(clamping: Int(sums[index].line) + offset) }
  }

  /// Lines and columns past Int32 (a file of billions of lines) are kept at its largest: only
  /// messages show them.
  private mutating func append(_ row: TimeRow, folds: Bool, position: (line: Int, column: Int)) {
    sums.append(
      Sum(
        day: row.day, spelling: Int32(row.spelling), line: Int32(clamping: position.line),
        column: Int32(clamping: position.column), billable: row.billable, ledgerFolds: folds, seconds: row.seconds,
        value: row.value))
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
