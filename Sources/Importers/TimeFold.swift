import Domain
import Parallel

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
  fileprivate struct Sum {
    var day: Day
    var spelling: Int32
    var line: Int32
    var column: Int32
    var billable: Bool
    /// Whether the ledger may fold the entry (spec §1: amounts to be converted are kept apart).
    var ledgerFolds: Bool
    /// A later part's entry folded into one of the earlier part's (`append`): not an entry itself.
    var foldedIntoEarlier = false
    var seconds: Int64
    var value: Money?
  }

  private var sums: [Sum] = []
  /// A later part's entries (`append`), kept apart so that the ledger's entries can be made from
  /// both parts at once.
  private var later: Later?
  /// While the rows come in date order, only the entries of the latest day (`today`) are keyed,
  /// in a small table emptied each new day: an entry of an earlier day cannot take the row of a
  /// later one (a key has its day), and the table stays in cache. A row of an earlier day keys
  /// every entry, in `allKeys`, from then on.
  private var today: Day?
  private var todaysKeys = EntryKeys()
  private var allKeys: EntryKeys?
  private var currencies: [Currency] = []
  /// Some rows the ledger may fold were not folded here (their key did not fit).
  private var someLeftForTheLedger = false

  /// The entries of a later part of the file, numbered by its own spellings (`cells`);
  /// `spellingNumbers` gives each of them the number of the same spelling in the earlier part.
  private struct Later {
    var sums: [Sum]
    var cells: FileCells
    var spellingNumbers: [Int]
  }

  /// Adds a row; `position` (asked only when the row starts an entry) is where it starts.
  mutating func add(_ row: TimeRow, ledgerFolds folds: Bool, position: () -> (line: Int, column: Int)) {
    precondition(later == nil, "TimeFold.add after append")
    guard folds, let key = packedKey(row) else {
      if folds { someLeftForTheLedger = true }
      append(row, folds: folds, position: position())
      return
    }
    if allKeys == nil {
      if let today, row.day < today {
        allKeys = keysOfAllEntries()
      } else if row.day != today {
        today = row.day
        todaysKeys.removeAll()
      }
    }
    let (found, bucket) = allKeys?.find(key) ?? todaysKeys.find(key)
    if let found {
      fold(row.seconds, row.value, into: found)
      return
    }
    append(row, folds: true, position: position())
    if allKeys != nil {
      allKeys?.insert(key, index: sums.count - 1, at: bucket)
    } else {
      todaysKeys.insert(key, index: sums.count - 1, at: bucket)
    }
  }

  /// Every entry the ledger may fold, keyed.
  private mutating func keysOfAllEntries() -> EntryKeys {
    var table = EntryKeys(capacity: sums.count)
    for index in sums.indices where sums[index].ledgerFolds {
      guard let key = packedKey(TimeRow(sums[index])) else { continue }
      table.insert(key, index: index, at: table.find(key).bucket)
    }
    return table
  }

  private mutating func fold(_ seconds: Int64, _ value: Money?, into index: Int) {
    sums[index].seconds += seconds
    if let more = value { sums[index].value = sums[index].value.map { $0 + more } ?? more }
  }

  /// Hands every entry to the ledger, naming each client by its spelling's key in `cells` and each
  /// position in the file at `path`. With `cells.oneSpellingPerClient` (no two spellings of the file
  /// name one client) the entries are already folded by client, and go to an empty ledger grouped by
  /// client (in the order the clients first appear, each client's in the order they began): whatever
  /// reads the ledger client by client then meets each client in one run. Otherwise they go in the
  /// order they began, for `Ledger.addTime` to fold. Notes the entries' days and clients in
  /// `summary`. The fold is empty afterwards.
  mutating func drain(into ledger: inout Ledger, cells: FileCells, path: String, noting summary: inout FileSummary) {
    let (sums, later) = (sums, later)
    self = TimeFold()
    let laterSums = later?.sums ?? []
    let laterNumbers = later?.spellingNumbers ?? []
    Self.note(sums, laterSums, laterNumbers: laterNumbers, keys: cells.spellings.map(\.key), in: &summary)
    guard
      cells.oneSpellingPerClient && ledger.timeEntries.isEmpty && !someLeftForTheLedger
        && !sums.contains(where: { !$0.ledgerFolds }) && !laterSums.contains(where: { !$0.ledgerFolds })
    else {
      for sum in sums {
        ledger.addTime(Self.entry(sum, cells.spellings[Int(sum.spelling)].key, path), folding: sum.ledgerFolds)
      }
      for sum in laterSums where !sum.foldedIntoEarlier {
        let key = cells.spellings[laterNumbers[Int(sum.spelling)]].key
        ledger.addTime(Self.entry(sum, key, path), folding: sum.ledgerFolds)
      }
      return
    }
    // Where each part's entries of each client go: a client's run holds this part's, then the
    // later part's.
    var next = [Int](repeating: 0, count: cells.spellings.count)
    var laterNext = next
    for sum in sums { next[Int(sum.spelling)] += 1 }
    for sum in laterSums where !sum.foldedIntoEarlier { laterNext[laterNumbers[Int(sum.spelling)]] += 1 }
    var count = 0
    for spelling in next.indices {
      let (here, there) = (next[spelling], laterNext[spelling])
      (next[spelling], laterNext[spelling]) = (count, count + here)
      count += here + there
    }
    // Made in place, so that the advice comes before the first write: tens of megabytes at 1M rows.
    let entries = [TimeEntry](unsafeUninitializedCapacity: count) { buffer, made in
      HugePages.advise(UnsafeMutableRawBufferPointer(buffer))
      guard let slots = buffer.baseAddress else { return }
      // Each fills its own slots with its own copy of where they are (a shared one would be
      // boxed, and checked and counted on every entry).
      let fillHere = { [next] in
        var next = next
        let keys = cells.spellings.map(\.key)
        for sum in sums {
          let spelling = Int(sum.spelling)
          (slots + next[spelling]).initialize(to: Self.entry(sum, keys[spelling], path))
          next[spelling] += 1
        }
      }
      // The later part's entries name their clients with its own keys and the path with a copy
      // of its own: the two threads then count references on different objects, rather than
      // taking turns with the same ones' cache lines.
      let fillLater = { [laterNext] in
        guard let later else { return }
        var next = laterNext
        let keys = later.cells.spellings.map(\.key)
        let ownPath = String(decoding: Array(path.utf8), as: UTF8.self)
        for sum in laterSums where !sum.foldedIntoEarlier {
          let number = laterNumbers[Int(sum.spelling)]
          (slots + next[number]).initialize(to: Self.entry(sum, keys[Int(sum.spelling)], ownPath))
          next[number] += 1
        }
      }
      if laterSums.count >= Self.entriesWorthAThread {
        _ = bothAtOnce(fillHere, fillLater)
      } else {
        fillHere()
        fillLater()
      }
      made = count
    }
    ledger.addFoldedTime(entries)
  }

  /// Notes the days and clients of the entries (`laterNumbers` gives the later part's spellings
  /// their numbers in `keys`).
  private static func note(
    _ sums: [Sum], _ laterSums: [Sum], laterNumbers: [Int], keys: [ClientKey], in summary: inout FileSummary
  ) {
    var used = [Bool](repeating: false, count: keys.count)
    var (first, last) = (Int32.max, Int32.min)
    for sum in sums {
      (first, last) = (min(first, sum.day.daysSinceEpoch), max(last, sum.day.daysSinceEpoch))
      used[Int(sum.spelling)] = true
    }
    for sum in laterSums where !sum.foldedIntoEarlier {
      (first, last) = (min(first, sum.day.daysSinceEpoch), max(last, sum.day.daysSinceEpoch))
      used[laterNumbers[Int(sum.spelling)]] = true
    }
    guard first <= last else { return }
    summary.note(
      days: Day(daysSinceEpoch: first)...Day(daysSinceEpoch: last),
      clients: keys.indices.filter { used[$0] }.map { keys[$0] })
  }

  /// Below this many, a later part's entries are made after the earlier part's rather than beside them.
  static let entriesWorthAThread = 10_000

  private static func entry(_ sum: Sum, _ client: ClientKey, _ path: String) -> TimeEntry {
    TimeEntry(
      day: sum.day, client: client, seconds: sum.seconds, billable: sum.billable, value: sum.value,
      position: SourcePosition(file: path, line: Int(sum.line), column: Int(sum.column)))
  }

  /// Adds the entries of a later part of the file, read with `cells` (whose spelling numbers
  /// `spellingNumbers` maps to this part's), as if its rows had been added here. Only `shiftLines`
  /// and `drain` may follow.
  mutating func append(_ later: consuming TimeFold, cells: FileCells, spellingNumbers: [Int]) {
    precondition(self.later == nil && later.later == nil, "TimeFold.append twice")
    var laterSums = later.sums
    later.sums = []  // one reference, so that marking an entry folded does not copy them all
    // An entry of a day after all of these cannot fold into one of them (a key has its day): in a
    // file in date order, only the entries of the day the cut falls on are looked up, among this
    // part's last day's. One that is not found stays where it is; no other later entry has its key.
    let lastDayHere = allKeys == nil ? today : sums.lazy.map(\.day).max()
    if let lastDayHere {
      if allKeys == nil && laterSums.contains(where: { $0.day < lastDayHere && $0.ledgerFolds }) {
        allKeys = keysOfAllEntries()
      }
      let keys = allKeys ?? todaysKeys
      for index in laterSums.indices where laterSums[index].day <= lastDayHere && laterSums[index].ledgerFolds {
        var row = TimeRow(laterSums[index])
        row.spelling = spellingNumbers[row.spelling]
        guard let key = packedKey(row), let found = keys.find(key).index else { continue }
        fold(row.seconds, row.value, into: found)
        laterSums[index].foldedIntoEarlier = true
      }
    }
    if later.someLeftForTheLedger { someLeftForTheLedger = true }
    self.later = Later(sums: laterSums, cells: cells, spellingNumbers: spellingNumbers)
  }

  /// Numbers the lines of the entries' positions `offset` further on.
  mutating func shiftLines(by offset: Int) {
    precondition(later == nil, "TimeFold.shiftLines after append")
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

}

extension TimeRow {
  /// The row an entry would have been made from: its first row's day, spelling and flag, its sums.
  fileprivate init(_ sum: TimeFold.Sum) {
    self.init(
      day: sum.day, spelling: Int(sum.spelling), seconds: sum.seconds, billable: sum.billable, value: sum.value)
  }
}
