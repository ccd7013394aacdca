/// The entries one after another, client by client, each spelled out as a `TimeEntry`.
extension TimeLog: Collection, CustomStringConvertible {
  /// An entry's place: its client's place in the log, its block's among the client's, and its
  /// own in the block.
  public struct Index: Comparable, Sendable {
    @usableFromInline let client: Int
    @usableFromInline let block: Int
    @usableFromInline let place: Int

    @inlinable init(client: Int, block: Int = 0, place: Int = 0) {
      self.client = client
      self.block = block
      self.place = place
    }

    @inlinable public static func < (a: Index, b: Index) -> Bool {
      (a.client, a.block, a.place) < (b.client, b.block, b.place)
    }
  }

  @inlinable public var startIndex: Index { firstEntry(from: 0) }

  @inlinable public var endIndex: Index { Index(client: clients.count) }

  @inlinable public var isEmpty: Bool { count == 0 }

  @inlinable public func index(after index: Index) -> Index {
    let blocks = clients[index.client].blocks
    if index.place + 1 < blocks[index.block].count {
      return Index(client: index.client, block: index.block, place: index.place + 1)
    }
    if index.block + 1 < blocks.count { return Index(client: index.client, block: index.block + 1) }
    return firstEntry(from: index.client + 1)
  }

  /// The first entry of the first client from `client` on that has one (a client is numbered
  /// before its first row is added, which may then be refused).
  @inlinable func firstEntry(from client: Int) -> Index {
    var client = client
    while client < clients.count && clients[client].count == 0 { client += 1 }
    return Index(client: client)
  }

  @inlinable public subscript(index: Index) -> TimeEntry {
    let client = clients[index.client]
    return entry(client.blocks[index.block][index.place], of: client.client)
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
      costSeconds: key.costed ? sum.costSeconds : nil, position: Self.position(of: sum, files: files))
  }

  /// One client's entries, spelled out; none when it has none.
  public func entries(of client: ClientKey) -> Slice<TimeLog> {
    guard let number = number(of: client) else { return self[endIndex..<endIndex] }
    return self[firstEntry(from: number)..<firstEntry(from: number + 1)]
  }

  public var description: String { "\(Array(self))" }
}
