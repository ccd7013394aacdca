/// One client's entries in a `TimeLog`, in the order their first rows came, and the table that
/// finds an entry by its key.
@usableFromInline struct ClientTime: Sendable {
  @usableFromInline let client: ClientKey
  /// The entries in blocks of at most 256, never grown once made (new ones are 1, 2, 4, … 256
  /// entries long): no entry is copied to make room, the room not yet used is less than one
  /// block, and another log's blocks join these as they are (`absorb`).
  @usableFromInline private(set) var blocks: [[TimeSum]] = []
  @usableFromInline private(set) var count = 0
  /// Open addressing over a power-of-two count of buckets: the top byte of an entry's key's
  /// `mix` (a tag, so a bucket of another key is mostly passed over without reading its entry)
  /// and one more than the entry's block and place in it (`slot`); 0 is an empty bucket. None
  /// while the client has few entries (those are searched in turn), and none once let go of
  /// (`releaseIndex`) until the next entry is added. Four bytes a bucket: a large import indexes
  /// a million entries.
  private var buckets: [UInt32] = []

  /// Entries a client may have before they are looked up by hash rather than in turn.
  static let searchedInTurn = 8
  /// The most entries a block holds (a place in a block is one byte of a bucket).
  static let largestBlock = 256
  /// The most blocks a client may have (a block's number is two bytes of a bucket): at least
  /// sixteen million entries for one client, far more than any real import holds.
  static let mostBlocks = 0xFFFF

  init(client: ClientKey) {
    self.client = client
  }

  /// Adds `sum` to the entry with its key, or as a new entry; throws, leaving the entry as it
  /// was, when a sum would pass Int64.
  mutating func add(_ sum: TimeSum) throws(TimeLog.Overflow) {
    prepareIndex()
    if let found = find(sum.key) { return try fold(sum, into: found) }
    if blocks.isEmpty || blocks[blocks.count - 1].count == Self.size(ofBlock: blocks.count - 1) {
      guard blocks.count < Self.mostBlocks else {
        throw TimeLog.Overflow(client: client, key: sum.key, tooManyEntries: true)
      }
      var block: [TimeSum] = []
      block.reserveCapacity(Self.size(ofBlock: blocks.count))
      blocks.append(block)
    }
    blocks[blocks.count - 1].append(sum)
    count += 1
    index(block: blocks.count - 1, at: blocks[blocks.count - 1].count - 1)
  }

  /// Takes in another client's entries, their keys already in this log's numbering: each folds
  /// into the entry with its key, or keeps its place in its block, which joins this client's
  /// blocks as it is. The table indexes the new entries only `keepingIndex` (two parts of one
  /// file are joined once, and their table is let go of after).
  mutating func absorb(_ other: consuming ClientTime, keepingIndex: Bool) throws(TimeLog.Overflow) {
    prepareIndex()
    var theirs = other.blocks
    other.blocks = []  // one reference, so each block is changed in place
    let first = blocks.count
    var moved: [[TimeSum]] = []
    for block in theirs.indices {
      var kept = 0
      for place in theirs[block].indices {
        let sum = theirs[block][place]
        if let found = find(sum.key) {
          try fold(sum, into: found)
        } else {
          theirs[block][kept] = sum
          kept += 1
        }
      }
      theirs[block].removeLast(theirs[block].count - kept)
      if kept > 0 { moved.append(theirs[block]) }
      theirs[block] = []
    }
    // Joined after all are looked up: each of theirs is new to the others.
    guard blocks.count + moved.count <= Self.mostBlocks else {
      throw TimeLog.Overflow(client: client, key: moved[0][0].key, tooManyEntries: true)
    }
    for block in moved { count += block.count }
    blocks += moved
    guard keepingIndex, !buckets.isEmpty else { return buckets = [] }
    for block in first..<blocks.count {
      for place in blocks[block].indices { index(block: block, at: place) }
    }
  }

  /// Changes every entry with `change`, keeping them in their places; entries that come to share a
  /// key stay apart (an added row folds into the first of them).
  mutating func rewrite<Failure: Error>(_ change: (inout TimeSum) throws(Failure) -> Void) throws(Failure) {
    for block in blocks.indices {
      for place in blocks[block].indices { try change(&blocks[block][place]) }
    }
    buckets = []
  }

  /// Lets go of the table that finds entries by key (a log that is only read needs none); it is
  /// made again when an entry is next added.
  mutating func releaseIndex() {
    buckets = []
  }

  /// The number of entries block `block` holds when it is made full.
  private static func size(ofBlock block: Int) -> Int {
    1 << Swift.min(block, largestBlock.trailingZeroBitCount)
  }

  private mutating func fold(_ sum: TimeSum, into slot: (block: Int, place: Int)) throws(TimeLog.Overflow) {
    let (seconds, secondsOverflow) = blocks[slot.block][slot.place].seconds.addingReportingOverflow(sum.seconds)
    let (value, valueOverflow) = blocks[slot.block][slot.place].value.addingReportingOverflow(sum.value)
    if secondsOverflow || valueOverflow { throw TimeLog.Overflow(client: client, key: sum.key, tooManyEntries: false) }
    blocks[slot.block][slot.place].seconds = seconds
    blocks[slot.block][slot.place].value = value
  }

  /// Makes the table when the client has too many entries to search in turn and has none.
  private mutating func prepareIndex() {
    guard buckets.isEmpty && count > Self.searchedInTurn else { return }
    var size = 4 * Self.searchedInTurn
    while size < 2 * count { size *= 2 }
    rebuild(size: size)
  }

  /// The block and place of the entry with `key`, if any.
  @inline(__always)
  private func find(_ key: TimeKey) -> (block: Int, place: Int)? {
    guard !buckets.isEmpty else {
      for block in blocks.indices {
        if let place = blocks[block].firstIndex(where: { $0.key == key }) { return (block, place) }
      }
      return nil
    }
    let mix = key.mix
    let (mask, tag) = (buckets.count - 1, Self.tag(mix))
    var bucket = Int(truncatingIfNeeded: mix) & mask
    while buckets[bucket] != 0 {
      let value = buckets[bucket]
      if value & 0xFF00_0000 == tag {
        let slot = Self.slot(value)
        if blocks[slot.block][slot.place].key == key { return slot }
      }
      bucket = (bucket + 1) & mask
    }
    return nil
  }

  /// Enters the entry at `place` of `block` in the table, if there is one.
  private mutating func index(block: Int, at place: Int) {
    guard !buckets.isEmpty else { return }
    let mix = blocks[block][place].key.mix
    var bucket = Int(truncatingIfNeeded: mix) & (buckets.count - 1)
    while buckets[bucket] != 0 { bucket = (bucket + 1) & (buckets.count - 1) }
    buckets[bucket] = Self.tag(mix) | UInt32(block << 8 | place) + 1
    // Up to three quarters full: a bucket of another key is mostly passed over by its tag.
    if count * 4 > buckets.count * 3 { rebuild(size: 2 * buckets.count) }
  }

  /// The top byte of `mix`, in the top byte of a bucket.
  @inline(__always)
  private static func tag(_ mix: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: mix >> 56) << 24 }

  private static func slot(_ value: UInt32) -> (block: Int, place: Int) {
    let slot = Int(value & 0x00FF_FFFF) - 1
    return (slot >> 8, slot & 0xFF)
  }

  private mutating func rebuild(size: Int) {
    buckets = [UInt32](repeating: 0, count: size)
    for block in blocks.indices {
      for place in blocks[block].indices { index(block: block, at: place) }
    }
  }
}
