/// The time worked, summed by `TimeKey`: the ledger's time, and what an importer folds a file's
/// rows into as it reads them.
///
/// Entries are kept client by client (clients in the order their first rows came, each client's
/// entries in the order theirs did), so whatever reads the time client by client meets each client
/// in one run. A key's names are numbers in the log's tables; a `TimeEntry` spells them out, with the
/// place of the first row it folds.
///
/// Rows are added as they come and folded client by client when the log is settled (`settle()`):
/// once when all are read, and before that only when the rows waiting pass a million and
/// outnumber the entries before them, so the work stays in proportion to the rows, each
/// client's entries are folded while they are in the cache, and rows that fold much never take
/// much memory. Until it is settled, a log may hold one key in several entries (their sums are
/// what the figures read, so every figure is the same); an importer hands over a settled log.
public struct TimeLog: Sendable {
  @usableFromInline private(set) var clients: [ClientTime] = []
  private var clientNumbers: [ClientKey: Int32] = [:]
  /// Projects and people, numbered from 1 (0 in a key: none).
  @usableFromInline private(set) var names: [String] = []
  private var nameNumbers: [String: Int32] = [:]
  /// The currencies of values, numbered from 1 (0 in a key: no value).
  @usableFromInline private(set) var currencyTable: [Currency] = []
  /// The files of positions, numbered from 1 (0: no position).
  @usableFromInline private(set) var files: [String] = []
  /// The rows kept apart so far (`apartNumber()`).
  private var apartCount: Int32 = 0
  /// The number of entries.
  public private(set) var count = 0
  /// The clients that have entries added since they were last settled, and how many there are.
  private var unsettledClients: [Int32] = []
  private var unsettled = 0
  /// Rows added but not yet handed to their clients, in the order they came: a row costs one
  /// store here, and the rows go to their clients in bulk (`distributeWaiting()`).
  private var waiting: [TimeSum] = []
  /// Room for the waiting rows sorted by client, and each client's count among them.
  private var byClientScratch: [TimeSum] = []
  private var waitingPerClient: [Int32] = []
  /// Room for a client's lookup while it is settled, reused from client to client.
  private var table: [UInt64] = []
  /// The first and last day of any entry; nil while there is none.
  public private(set) var days: ClosedRange<Day>?
  /// True when some row came with its own cost rate (`TimeKey.costed`).
  public private(set) var hasCostRates = false
  /// Σ |seconds| of every row added, and Σ |value| by currency number (0: none), kept as the rows
  /// come: a bound on every sum of the log without a pass over its entries (`magnitudes`).
  private(set) var secondsMagnitude: Int128 = 0
  private(set) var valueMagnitudes: [Int128] = [0]

  /// Two sums of one entry passed Int64: more time or value than any real file holds.
  public struct Overflow: Error, Equatable, Sendable {
    public var client: ClientKey
    public var key: TimeKey

    public init(client: ClientKey, key: TimeKey) {
      self.client = client
      self.key = key
    }
  }

  public init() {}

  /// The log of `entries`, folded.
  public init(_ entries: some Sequence<TimeEntry>) {
    self = .folding { add in
      for entry in entries { add(entry) }
    }
  }

  /// The log of the entries `body` hands to the function it is given, folded once at the end
  /// (settling after each entry, as `append` does, would fold a client's entries again for every
  /// entry added to it). Entries made by hand cannot pass Int64 in a log of real rows; a sum that
  /// would is a programming error.
  public static func folding(_ body: (_ add: (TimeEntry) -> Void) -> Void) -> TimeLog {
    var log = TimeLog()
    var overflow: Overflow?
    body { entry in
      guard overflow == nil else { return }
      do throws(Overflow) { try log.add(entry) } catch { overflow = error }
    }
    do throws(Overflow) {
      if let overflow { throw overflow }
      try log.settle()
    } catch {
      preconditionFailure("TimeLog: the sums of \(error.client) on \(error.key.day) pass Int64")
    }
    return log
  }

  /// The client's number in keys of this log.
  public mutating func clientNumber(_ client: ClientKey) -> Int32 {
    if let number = clientNumbers[client] { return number }
    let number = Int32(clients.count)
    clients.append(ClientTime(client: client))
    clientNumbers[client] = number
    return number
  }

  /// The client's number in keys of this log; nil when it has none.
  func number(of client: ClientKey) -> Int? {
    clientNumbers[client].map(Int.init)
  }

  /// The number of a project's or a person's name in keys of this log; 0 for none.
  public mutating func nameNumber(_ name: String?) -> Int32 {
    guard let name else { return 0 }
    return Self.number(of: name, in: &names, numbers: &nameNumbers)
  }

  /// The number of a value's currency in keys of this log; 0 for no value.
  public mutating func currencyNumber(_ currency: Currency?) -> Int16 {
    guard let currency else { return 0 }
    if let index = currencyTable.firstIndex(of: currency) { return Int16(index + 1) }
    currencyTable.append(currency)
    valueMagnitudes.append(0)
    return Int16(currencyTable.count)
  }

  /// The number of a file in positions of this log.
  public mutating func fileNumber(_ file: String) -> Int32 {
    if let index = files.firstIndex(of: file) { return Int32(index + 1) }
    files.append(file)
    return Int32(files.count)
  }

  /// A number for a row which must not fold with any other (`TimeKey.apart`).
  public mutating func apartNumber() -> Int32 {
    apartCount += 1
    return apartCount
  }

  /// Adds the time of the row starting at `line` of `file` (a `fileNumber`, 0 for none) under
  /// `key`, to be folded into the entry with that key; `costSeconds` is seconds × the row's own
  /// cost rate per hour, for a `costed` key. Throws when the log, settled because enough rows
  /// came, passes Int64 in some entry's sums (not necessarily this row's: the rows are folded in
  /// bulk).
  public mutating func add(
    _ key: TimeKey, seconds: Int64, value: Int64, costSeconds: Int64 = 0, file: Int32 = 0, line: Int = 0
  ) throws(Overflow) {
    let first = RowOrigin(file: file, line: Int32(clamping: line))
    waiting.append(TimeSum(key: key, seconds: seconds, value: value, costSeconds: costSeconds, first: first))
    if key.costed { hasCostRates = true }
    secondsMagnitude += Int128(seconds.magnitude)
    valueMagnitudes[Int(key.currency)] += Int128(value.magnitude)
    (count, unsettled) = (count + 1, unsettled + 1)
    note(key.day)
    guard waiting.count == Self.rowsWaitingAtOnce else { return }
    distributeWaiting()
    if unsettled >= Swift.max(count - unsettled, Self.rowsSettledAtOnce) { try settle() }
  }

  /// Rows a log takes before it is settled on its own: a large import's, which settling once at
  /// the end suits best, and few enough that rows which fold never take much memory (40 MB).
  static let rowsSettledAtOnce = 1 << 20

  /// Rows that wait before they go to their clients: enough that each client takes a run of its
  /// rows at once, few enough that they stay in the cache (640 KB).
  static let rowsWaitingAtOnce = 1 << 14

  /// Hands the rows added since the last call to their clients, each client's in one run (a
  /// counting sort by client): every reading of the log sees them there. Reading a file ends
  /// with it, settling starts with it.
  public mutating func distributeWaiting() {
    guard !waiting.isEmpty else { return }
    if waitingPerClient.count < clients.count {
      waitingPerClient += repeatElement(0, count: clients.count - waitingPerClient.count)
    }
    // The clients of the waiting rows, in the order of their first rows, and each one's count.
    var present: [Int32] = []
    for sum in waiting {
      let client = Int(sum.key.client)
      if waitingPerClient[client] == 0 { present.append(sum.key.client) }
      waitingPerClient[client] += 1
    }
    // Each client's run starts where the runs before it end; the count becomes the next place.
    var start: Int32 = 0
    for client in present.map(Int.init) {
      (start, waitingPerClient[client]) = (start + waitingPerClient[client], start)
    }
    if byClientScratch.count < waiting.count {
      byClientScratch = [TimeSum](repeating: waiting[0], count: waiting.count)
    }
    byClientScratch.withUnsafeMutableBufferPointer { sorted in
      for sum in waiting {
        let client = Int(sum.key.client)
        sorted[Int(waitingPerClient[client])] = sum
        waitingPerClient[client] += 1
      }
      var from = 0
      for client in present.map(Int.init) {
        let end = Int(waitingPerClient[client])
        if clients[client].settled == clients[client].count { unsettledClients.append(Int32(client)) }
        clients[client].append(contentsOf: UnsafeBufferPointer(rebasing: sorted[from..<end]))
        (from, waitingPerClient[client]) = (end, 0)
      }
    }
    waiting.removeAll(keepingCapacity: true)
  }

  /// Folds every entry into the first with its key, client by client, and lets go of the room
  /// the rows waited and were folded in (a settled log holds its entries only: the analysis runs
  /// beside it). Throws when a sum would pass Int64.
  public mutating func settle() throws(Overflow) {
    distributeWaiting()
    for client in unsettledClients.map(Int.init) {
      let before = clients[client].count
      try clients[client].settle(using: &table)
      count -= before - clients[client].count
    }
    (unsettledClients, unsettled) = ([], 0)
    (waiting, byClientScratch, table) = ([], [], [])
  }

  /// Some of a log's clients, taken out with their entries (`takeLaterClients()`) to be settled
  /// on another core while the log settles the others, and put back (`putBack(_:)`).
  public struct Clients: Sendable {
    fileprivate var taken: [(number: Int, time: ClientTime)]
    /// Entries folded away by `settle()`.
    fileprivate var folded = 0

    /// The entries these clients hold.
    public var count: Int { taken.reduce(0) { $0 + $1.time.count } }

    /// Folds each client's entries as `TimeLog.settle()` does.
    public mutating func settle() throws(Overflow) {
      var table: [UInt64] = []
      for index in taken.indices {
        let before = taken[index].time.count
        try taken[index].time.settle(using: &table)
        folded += before - taken[index].time.count
      }
    }
  }

  /// Takes out the clients, last first, that hold about half the entries not yet settled, and
  /// leaves them out of `settle()` until they are put back.
  public mutating func takeLaterClients() -> Clients {
    distributeWaiting()
    var clients = Clients(taken: [])
    var left = unsettled / 2
    while left > 0, let number = unsettledClients.popLast().map(Int.init) {
      let time = self.clients[number]
      self.clients[number] = ClientTime(client: time.client)  // its blocks have one owner: the taken client
      left -= time.count - time.settled
      clients.taken.append((number, time))
    }
    unsettled -= clients.taken.reduce(0) { $0 + $1.time.count - $1.time.settled }
    return clients
  }

  /// Puts back clients taken out with `takeLaterClients()`, settled or not.
  public mutating func putBack(_ clients: consuming Clients) {
    for (number, time) in clients.taken {
      if time.settled < time.count {
        unsettledClients.append(Int32(number))
        unsettled += time.count - time.settled
      }
      self.clients[number] = time
    }
    count -= clients.folded
  }

  /// Widens `days` to `day`.
  private mutating func note(_ day: Day) {
    guard let known = days else { return days = day...day }
    if day < known.lowerBound || day > known.upperBound {
      days = Swift.min(day, known.lowerBound)...Swift.max(day, known.upperBound)
    }
  }

  /// Adds an entry, folded at once into the one with the same key (the log is settled: for
  /// entries made by hand, a few at a time). An entry made by hand cannot pass Int64 in a log of
  /// real rows; a sum that would is a programming error.
  public mutating func append(_ entry: TimeEntry) {
    do {
      try add(entry)
      try settle()
    } catch {
      preconditionFailure("TimeLog.append: the sums of \(entry.client) on \(entry.day) pass Int64")
    }
  }

  /// Adds an entry made by hand as a row, to be folded when the log is settled.
  private mutating func add(_ entry: TimeEntry) throws(Overflow) {
    precondition(entry.costSeconds == nil || entry.value != nil, "TimeLog: a row's own cost needs its value")
    let key = TimeKey(
      client: clientNumber(entry.client), project: nameNumber(entry.project), person: nameNumber(entry.person),
      day: entry.day, billable: entry.billable, currency: currencyNumber(entry.value?.currency),
      costed: entry.costSeconds != nil)
    try add(
      key, seconds: entry.seconds, value: entry.value?.minorUnits ?? 0, costSeconds: entry.costSeconds ?? 0,
      file: entry.position.map { fileNumber($0.file) } ?? 0, line: entry.position?.line ?? 0)
  }

  /// Adds another log's entries, their blocks as they are (no entry is copied), to be folded into
  /// this log's entries with the same keys (rows kept apart stay apart); their lines are moved
  /// `lineOffset` on (the log of a later part of a file, numbered from 1). Each of the other log's
  /// clients is let go of once added, so a log handed over whole is never held twice. Throws
  /// when the log, settled because enough rows came, passes Int64 in some entry's sums.
  public mutating func merge(_ other: consuming TimeLog, lineOffset: Int = 0) throws(Overflow) {
    distributeWaiting()
    other.distributeWaiting()
    let nameMap = [0] + other.names.map { nameNumber($0) }
    let currencyMap = [0] + other.currencyTable.map { currencyNumber($0) }
    let fileMap = [0] + other.files.map { fileNumber($0) }
    let apartBase = apartCount
    apartCount += other.apartCount
    clients.reserveCapacity(clients.count + other.clients.count)
    clientNumbers.reserveCapacity(clients.count + other.clients.count)
    for index in other.clients.indices {
      var theirs = other.clients[index]
      other.clients[index] = ClientTime(client: theirs.client)  // one reference, so it is changed in place
      guard theirs.count > 0 else { continue }
      let client = clientNumber(theirs.client)
      theirs.rewrite { sum in
        sum.key.client = client
        sum.key.project = nameMap[Int(sum.key.project)]
        sum.key.person = nameMap[Int(sum.key.person)]
        sum.key.currency = currencyMap[Int(sum.key.currency)]
        if sum.key.apart != 0 { sum.key.apart += apartBase }
        if sum.first.file != 0 {
          sum.first = RowOrigin(
            file: fileMap[Int(sum.first.file)], line: Int32(clamping: Int(sum.first.line) + lineOffset))
        }
      }
      if clients[Int(client)].settled == clients[Int(client)].count { unsettledClients.append(client) }
      (count, unsettled) = (count + theirs.count, unsettled + theirs.count)
      clients[Int(client)].append(blocks: theirs.blocks)
    }
    if other.hasCostRates { hasCostRates = true }
    secondsMagnitude += other.secondsMagnitude
    for (number, magnitude) in other.valueMagnitudes.enumerated() {
      valueMagnitudes[Int(currencyMap[number])] += magnitude
    }
    if let theirs = other.days {
      note(theirs.lowerBound)
      note(theirs.upperBound)
    }
    if unsettled >= Swift.max(count - unsettled, Self.rowsSettledAtOnce) { try settle() }
  }

  /// Every currency a value is in.
  public var currencies: [Currency] { currencyTable }

  /// The project's or person's name with this number in keys of this log; nil for 0.
  public func name(number: Int32) -> String? {
    number == 0 ? nil : names[Int(number) - 1]
  }

  /// Every project's and person's name, numbered from 1 in order.
  public var nameList: [String] { names }

  /// The clients that have time, in the order their entries are kept.
  public var clientKeys: [ClientKey] {
    assert(waiting.isEmpty, "rows not yet distributed")
    return clients.filter { $0.count > 0 }.map(\.client)
  }

  /// True when every row added has gone to its client (`distributeWaiting()`), as every reading
  /// of the log's entries needs.
  public var isDistributed: Bool { waiting.isEmpty }

  /// Passes each value through `transform` (which gets the entry's position), whose result may be
  /// in another currency (a conversion); a row's own cost (seconds × cost rate) goes through it
  /// too, as an amount of the value's currency. Entries keep their place; two that come to share
  /// a key stay two until the log is next settled (their sums are what the figures read).
  public mutating func convertValues<Failure: Error>(
    _ transform: (Money, SourcePosition?) throws(Failure) -> Money
  ) throws(Failure) {
    let (table, files) = (currencyTable, files)
    var converted: [Currency] = []
    var magnitudes: [Int128] = [0]
    for client in clients.indices {
      try clients[client].rewrite { (sum) throws(Failure) in
        guard sum.key.currency != 0 else { return }
        let currency = table[Int(sum.key.currency) - 1]
        let position = Self.position(of: sum, files: files)
        let result = try transform(Money(minorUnits: sum.value, currency: currency), position)
        if sum.key.costed {
          sum.costSeconds = try transform(Money(minorUnits: sum.costSeconds, currency: currency), position).minorUnits
        }
        if let index = converted.firstIndex(of: result.currency) {
          sum.key.currency = Int16(index + 1)
        } else {
          converted.append(result.currency)
          magnitudes.append(0)
          sum.key.currency = Int16(converted.count)
        }
        sum.value = result.minorUnits
        magnitudes[Int(sum.key.currency)] += Int128(result.minorUnits.magnitude)
      }
    }
    currencyTable = converted
    valueMagnitudes = magnitudes
  }

  /// Where the first row of an entry came from; nil when that is not known.
  @inlinable static func position(of sum: TimeSum, files: [String]) -> SourcePosition? {
    let origin = sum.first
    return origin.file == 0 ? nil : SourcePosition(file: files[Int(origin.file) - 1], line: Int(origin.line), column: 1)
  }

  private static func number(of name: String, in table: inout [String], numbers: inout [String: Int32]) -> Int32 {
    if let number = numbers[name] { return number }
    table.append(name)
    let number = Int32(table.count)
    numbers[name] = number
    return number
  }
}

extension TimeLog: ExpressibleByArrayLiteral {
  public init(arrayLiteral entries: TimeEntry...) {
    self.init(entries)
  }
}
