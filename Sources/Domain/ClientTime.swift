/// One client's entries in a `TimeLog`, in the order their first rows came.
///
/// Rows are appended as they come and folded client by client now and then (`settle`): one
/// client's entries at a time fit in the cache, where a table of every client's entries, looked
/// up row by row in the order the rows come, misses it on nearly every row.
@usableFromInline struct ClientTime: Sendable {
  @usableFromInline let client: ClientKey
  /// The entries in blocks of at most `largestBlock` (64), never grown past the room they were
  /// made with (new ones are 1, 2, 4, … 64 entries long): no entry is copied to make room, the
  /// room not yet used is less than one block, and another log's blocks join these as they are.
  @usableFromInline private(set) var blocks: [[TimeSum]] = []
  @usableFromInline private(set) var count = 0
  /// Entries from here on were added since the client was last settled: their keys may repeat.
  private(set) var settled = 0
  /// Entries the last block has room for.
  private var room = 0

  /// The most entries a block holds.
  static let largestBlock = 1 << blockBits
  /// Bits of a place inside a block, in the settling table's slots.
  private static let blockBits = 6

  init(client: ClientKey) {
    self.client = client
  }

  /// Appends a run of rows' time, to be folded when the client is next settled.
  mutating func append(contentsOf sums: UnsafeBufferPointer<TimeSum>) {
    var from = 0
    while from < sums.count {
      if room == 0 { openBlock() }
      let taken = Swift.min(room, sums.count - from)
      blocks[blocks.count - 1].append(contentsOf: UnsafeBufferPointer(rebasing: sums[from..<from + taken]))
      (room, count, from) = (room - taken, count + taken, from + taken)
    }
  }

  private mutating func openBlock() {
    var block: [TimeSum] = []
    block.reserveCapacity(1 << Swift.min(blocks.count, Self.largestBlock.trailingZeroBitCount))
    room = block.capacity
    blocks.append(block)
  }

  /// Appends another client's blocks as they are (their entries are unsettled here).
  mutating func append(blocks other: consuming [[TimeSum]]) {
    for block in other where !block.isEmpty {
      count += block.count
      blocks.append(block)
    }
    room = blocks.last.map { $0.capacity - $0.count } ?? 0
  }

  /// Folds every entry into the first with its key, keeping the order of the first rows; the
  /// entries left move up, so no block has a gap. `table` is room for the lookup, reused from
  /// client to client. Throws, with the client half folded, when a sum would pass Int64.
  mutating func settle(using table: inout [UInt64]) throws(TimeLog.Overflow) {
    guard settled < count else { return }
    var size = 16
    while size < 2 * count { size *= 2 }
    if table.count < size { table = [UInt64](repeating: 0, count: size) }
    let mask = size - 1
    table.withUnsafeMutableBufferPointer { $0[..<size].update(repeating: 0) }
    // The entry being read and the place the next kept entry goes: `kept` never passes `read`.
    var kept = (block: 0, place: 0)
    var total = 0
    for block in blocks.indices {
      for place in blocks[block].indices {
        let sum = blocks[block][place]
        let mix = sum.key.mix
        var bucket = Int(truncatingIfNeeded: mix) & mask
        var found: (block: Int, place: Int)?
        while table[bucket] != 0 {
          let value = table[bucket]
          if value & 0xFFFF_FFFF_0000_0000 == mix & 0xFFFF_FFFF_0000_0000 {
            let index = Int(value & 0xFFFF_FFFF) - 1
            let slot = (block: index >> Self.blockBits, place: index & (Self.largestBlock - 1))
            if blocks[slot.block][slot.place].key == sum.key {
              found = slot
              break
            }
          }
          bucket = (bucket + 1) & mask
        }
        if let found {
          try fold(sum, into: found)
          continue
        }
        if kept.place == blocks[kept.block].count {
          kept = (kept.block + 1, 0)
        }
        blocks[kept.block][kept.place] = sum
        table[bucket] = mix & 0xFFFF_FFFF_0000_0000 | UInt64(kept.block << Self.blockBits | kept.place) + 1
        kept.place += 1
        total += 1
      }
    }
    // Drop what was moved up: the rest of the last kept block, and the blocks after it.
    blocks[kept.block].removeLast(blocks[kept.block].count - kept.place)
    blocks.removeLast(blocks.count - kept.block - 1)
    if blocks.last?.isEmpty == true { blocks.removeLast() }
    (count, settled) = (total, total)
    room = blocks.last.map { $0.capacity - $0.count } ?? 0
  }

  /// Changes every entry with `change`, keeping them in their places; entries that come to
  /// share a key stay apart until the client is next settled.
  mutating func rewrite<Failure: Error>(_ change: (inout TimeSum) throws(Failure) -> Void) throws(Failure) {
    for block in blocks.indices {
      for place in blocks[block].indices { try change(&blocks[block][place]) }
    }
  }

  private mutating func fold(_ sum: TimeSum, into slot: (block: Int, place: Int)) throws(TimeLog.Overflow) {
    let (seconds, secondsOverflow) = blocks[slot.block][slot.place].seconds.addingReportingOverflow(sum.seconds)
    let (value, valueOverflow) = blocks[slot.block][slot.place].value.addingReportingOverflow(sum.value)
    let (cost, costOverflow) = blocks[slot.block][slot.place].costSeconds.addingReportingOverflow(sum.costSeconds)
    if secondsOverflow || valueOverflow || costOverflow { throw TimeLog.Overflow(client: client, key: sum.key) }
    blocks[slot.block][slot.place].seconds = seconds
    blocks[slot.block][slot.place].value = value
    blocks[slot.block][slot.place].costSeconds = cost
  }
}
