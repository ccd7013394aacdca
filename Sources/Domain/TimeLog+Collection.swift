/// The entries one after another, client by client, each spelled out as a `TimeEntry`.
extension TimeLog: Collection, CustomStringConvertible {
  /// An entry's place: its client's place in the log and its own among the client's entries.
  public struct Index: Comparable, Sendable {
    @usableFromInline let client: Int
    @usableFromInline let offset: Int

    @inlinable init(client: Int, offset: Int) {
      self.client = client
      self.offset = offset
    }

    @inlinable public static func < (a: Index, b: Index) -> Bool {
      (a.client, a.offset) < (b.client, b.offset)
    }
  }

  @inlinable public var startIndex: Index { firstEntry(from: 0) }

  @inlinable public var endIndex: Index { Index(client: clients.count, offset: 0) }

  @inlinable public var isEmpty: Bool { count == 0 }

  @inlinable public func index(after index: Index) -> Index {
    let next = index.offset + 1
    if next < clients[index.client].sums.count { return Index(client: index.client, offset: next) }
    return firstEntry(from: index.client + 1)
  }

  /// The first entry of the first client from `client` on that has one (a client is numbered
  /// before its first row is added, which may then be refused).
  @inlinable func firstEntry(from client: Int) -> Index {
    var client = client
    while client < clients.count && clients[client].sums.isEmpty { client += 1 }
    return Index(client: client, offset: 0)
  }

  @inlinable public subscript(index: Index) -> TimeEntry {
    let client = clients[index.client]
    return entry(client.sums[index.offset], of: client.client)
  }

  /// The entry `offset` places from the start (walks the clients: iterate to read them all).
  public subscript(offset: Int) -> TimeEntry {
    var index = startIndex
    for _ in 0..<offset { index = self.index(after: index) }
    return self[index]
  }

  @inlinable func entry(_ sum: TimeSum, of client: ClientKey) -> TimeEntry {
    let key = sum.key
    return TimeEntry(
      day: key.day, client: client, project: key.project == 0 ? nil : names[Int(key.project) - 1],
      person: key.person == 0 ? nil : names[Int(key.person) - 1], seconds: sum.seconds, billable: key.billable,
      value: key.currency == 0 ? nil : Money(minorUnits: sum.value, currency: currencyTable[Int(key.currency) - 1]),
      position: sum.file == 0
        ? nil : SourcePosition(file: files[Int(sum.file) - 1], line: Int(sum.line), column: Int(sum.column)))
  }

  public var description: String { "\(Array(self))" }
}
