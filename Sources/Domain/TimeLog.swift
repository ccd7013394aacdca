/// The time worked, summed by `TimeKey`: the ledger's time, and what an importer folds a file's
/// rows into as it reads them.
///
/// Entries are kept client by client (clients in the order their first rows came, each client's
/// entries in the order theirs did), so whatever reads the time client by client meets each client
/// in one run. A key's names are numbers in the log's tables; a `TimeEntry` spells them out.
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
  /// The last number given to a row kept apart.
  private var keptApart: Int32 = 0
  /// The number of entries.
  public private(set) var count = 0
  /// The first and last day of any entry; nil while there is none.
  public private(set) var days: ClosedRange<Day>?

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
    for entry in entries { append(entry) }
  }

  /// The client's number in keys of this log.
  public mutating func clientNumber(_ client: ClientKey) -> Int32 {
    if let number = clientNumbers[client] { return number }
    let number = Int32(clients.count)
    clients.append(ClientTime(client: client))
    clientNumbers[client] = number
    return number
  }

  /// The number of a project's or a person's name in keys of this log; 0 for none.
  public mutating func nameNumber(_ name: String?) -> Int32 {
    guard let name else { return 0 }
    return Self.number(of: name, in: &names, numbers: &nameNumbers)
  }

  /// The number of a value's currency in keys of this log; 0 for no value.
  public mutating func currencyNumber(_ currency: Currency?) -> Int32 {
    guard let currency else { return 0 }
    if let index = currencyTable.firstIndex(of: currency) { return Int32(index + 1) }
    currencyTable.append(currency)
    return Int32(currencyTable.count)
  }

  /// The number of a file in positions of this log.
  public mutating func fileNumber(_ file: String) -> Int32 {
    if let index = files.firstIndex(of: file) { return Int32(index + 1) }
    files.append(file)
    return Int32(files.count)
  }

  /// A number for a row that must not fold with any other (`TimeKey.apart`).
  public mutating func apartNumber() -> Int32 {
    keptApart += 1
    return keptApart
  }

  /// Adds one row's time under `key`, from `file` (a `fileNumber`) at `line` and `column`: to the
  /// entry with that key, or as a new entry. Throws, changing nothing, when a sum would pass Int64.
  public mutating func add(
    _ key: TimeKey, seconds: Int64, value: Int64, file: Int32, line: Int, column: Int
  ) throws(Overflow) {
    let sum = TimeSum(
      key: key, line: Int32(clamping: line), column: Int32(clamping: column), file: file, seconds: seconds,
      value: value)
    try add(sum)
  }

  private mutating func add(_ sum: TimeSum) throws(Overflow) {
    let before = clients[Int(sum.key.client)].sums.count
    try clients[Int(sum.key.client)].add(sum)
    count += clients[Int(sum.key.client)].sums.count - before
    let day = sum.key.day
    if let known = days {
      if day < known.lowerBound || day > known.upperBound {
        days = Swift.min(day, known.lowerBound)...Swift.max(day, known.upperBound)
      }
    } else {
      days = day...day
    }
  }

  /// Adds an entry, folded into the one with the same key. An entry made by hand cannot pass
  /// Int64 in a log of real rows; a sum that would is a programming error.
  public mutating func append(_ entry: TimeEntry) {
    let key = TimeKey(
      client: clientNumber(entry.client), project: nameNumber(entry.project), person: nameNumber(entry.person),
      day: entry.day, billable: entry.billable, currency: currencyNumber(entry.value?.currency))
    let file = entry.position.map { fileNumber($0.file) } ?? 0
    do {
      try add(
        key, seconds: entry.seconds, value: entry.value?.minorUnits ?? 0, file: file, line: entry.position?.line ?? 0,
        column: entry.position?.column ?? 0)
    } catch {
      preconditionFailure("TimeLog.append: the sums of \(entry.client) on \(entry.day) pass Int64")
    }
  }

  /// Adds another log's entries, each folded into this log's entry with the same key (rows kept
  /// apart stay apart), their lines `lineOffset` further on (the log of a later part of a file,
  /// numbered from 1). Throws at the first entry whose sums would pass Int64; entries added
  /// before it stay added.
  public mutating func merge(_ other: TimeLog, lineOffset: Int = 0) throws(Overflow) {
    let clientMap = other.clients.map { clientNumber($0.client) }
    let nameMap = [0] + other.names.map { nameNumber($0) }
    let currencyMap = [0] + other.currencyTable.map { currencyNumber($0) }
    let fileMap = [0] + other.files.map { fileNumber($0) }
    let apartBase = keptApart
    keptApart += other.keptApart
    for client in other.clients {
      for var sum in client.sums {
        sum.key.client = clientMap[Int(sum.key.client)]
        sum.key.project = nameMap[Int(sum.key.project)]
        sum.key.person = nameMap[Int(sum.key.person)]
        sum.key.currency = currencyMap[Int(sum.key.currency)]
        if sum.key.apart != 0 { sum.key.apart += apartBase }
        sum.file = fileMap[Int(sum.file)]
        sum.line = Int32(clamping: Int(sum.line) + lineOffset)
        try add(sum)
      }
    }
  }

  /// Every currency a value is in.
  public var currencies: [Currency] { currencyTable }

  /// The clients that have time, in the order their entries are kept.
  public var clientKeys: [ClientKey] { clients.filter { !$0.sums.isEmpty }.map(\.client) }

  /// Passes each value through `transform` (which gets the entry's position), whose result may be
  /// in another currency (a conversion). Entries keep their place; two that come to share a key
  /// stay two (their sums are what the figures read).
  public mutating func convertValues<Failure: Error>(
    _ transform: (Money, SourcePosition?) throws(Failure) -> Money
  ) throws(Failure) {
    let (table, files) = (currencyTable, files)
    var converted: [Currency] = []
    for client in clients.indices {
      try clients[client].rewrite { sum throws(Failure) in
        guard sum.key.currency != 0 else { return }
        let money = Money(minorUnits: sum.value, currency: table[Int(sum.key.currency) - 1])
        let position =
          sum.file == 0
          ? nil : SourcePosition(file: files[Int(sum.file) - 1], line: Int(sum.line), column: Int(sum.column))
        let result = try transform(money, position)
        if let index = converted.firstIndex(of: result.currency) {
          sum.key.currency = Int32(index + 1)
        } else {
          converted.append(result.currency)
          sum.key.currency = Int32(converted.count)
        }
        sum.value = result.minorUnits
      }
    }
    currencyTable = converted
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
