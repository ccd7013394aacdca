/// The plain figures of one time entry: what sums of time read, without its names.
public struct TimeFigures: Sendable {
  public let day: Day
  public let seconds: Int64
  public let billable: Bool
  public let value: Money?
  /// The project's and the person's numbers among the log's names (`TimeLog.name(number:)`); 0
  /// when none.
  public let project: Int32
  public let person: Int32
  /// Σ seconds × the rows' own cost rates, in minor units of `value`'s currency per hour; nil
  /// when the export gave none (`TimeEntry.costSeconds`).
  public let costSeconds: Int64?

  @inlinable public init(
    day: Day, seconds: Int64, billable: Bool, value: Money?, project: Int32 = 0, person: Int32 = 0,
    costSeconds: Int64? = nil
  ) {
    self.day = day
    self.seconds = seconds
    self.billable = billable
    self.value = value
    self.project = project
    self.person = person
    self.costSeconds = costSeconds
  }
}

extension TimeLog {
  /// One client's entries as plain figures, in the order they are kept.
  public struct ClientEntries: Sequence, Sendable {
    public let client: ClientKey
    /// How many entries the client has.
    public let count: Int
    @usableFromInline let blocks: [[TimeSum]]
    @usableFromInline let currencies: [Currency]

    @inlinable public func makeIterator() -> Iterator {
      Iterator(blocks: blocks, currencies: currencies)
    }

    /// Calls `body` with the day of each entry, in the order kept: for a pass that reads days
    /// alone, without spelling out each entry's figures.
    @inlinable public func forEachDay(_ body: (Day) -> Void) {
      for block in blocks {
        block.withUnsafeBufferPointer { sums in
          for sum in sums { body(sum.key.day) }
        }
      }
    }

    /// The figures of one entry after another, block by block.
    public struct Iterator: IteratorProtocol {
      @usableFromInline let blocks: [[TimeSum]]
      @usableFromInline let currencies: [Currency]
      @usableFromInline var block = 0
      @usableFromInline var index = 0

      @inlinable init(blocks: [[TimeSum]], currencies: [Currency]) {
        self.blocks = blocks
        self.currencies = currencies
      }

      @inlinable public mutating func next() -> TimeFigures? {
        while block < blocks.count && index == blocks[block].count { (block, index) = (block + 1, 0) }
        guard block < blocks.count else { return nil }
        let sum = blocks[block][index]
        index += 1
        let currency = Int(sum.key.currency)
        let value = currency == 0 ? nil : Money(minorUnits: sum.value, currency: currencies[currency - 1])
        return TimeFigures(
          day: sum.key.day, seconds: sum.seconds, billable: sum.key.billable, value: value, project: sum.key.project,
          person: sum.key.person,
          costSeconds: sum.key.costed ? sum.costSeconds : nil)
      }
    }
  }

  /// Each client that has time, with its entries' figures: the way to sum time client by client,
  /// each client's key read once rather than once per entry (`TimeEntry` spells out every name,
  /// which a pass over a million entries pays for).
  public var byClient: [ClientEntries] {
    assert(isDistributed, "rows not yet distributed")
    return clients.filter { $0.count > 0 }.map {
      ClientEntries(client: $0.client, count: $0.count, blocks: $0.blocks, currencies: currencyTable)
    }
  }
}

extension TimeLog {
  /// Σ |seconds| and, for each currency of a value, Σ |value|, over every row added (or, once
  /// the values were converted, every entry): at least the sum of any of the log's entries'
  /// magnitudes, since folding rows only adds or cancels, and known without reading an entry.
  public var magnitudes: (seconds: Int128, values: [(Currency, Int128)]) {
    (secondsMagnitude, zip(currencyTable, valueMagnitudes.dropFirst()).map { ($0, $1) })
  }
}
