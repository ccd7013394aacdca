/// A hash table keyed by short byte strings (a cell's bytes), looked up without making an array
/// or a `String` of the key: only a key seen for the first time is copied.
///
/// It holds at most `limit` keys; past that, lookups of new keys miss and nothing more is kept, so
/// a column of all-different values costs a bounded amount of memory.
struct ByteKeyedTable<Value> {
  /// A key's length and its first and last eight bytes (`Words`), which tell a key of up to 16
  /// bytes from every other without reading it; a longer key's bytes are in `keyBytes`.
  private struct Slot {
    var words: Words
    var hash: UInt64
    var start: Int
    var value: Value
  }

  private struct Words: Equatable {
    var count: Int
    var head: UInt64
    var tail: UInt64
  }

  private var slots: [Slot] = []
  /// Open addressing over `slots`: the high 32 bits of the key's hash and its slot's index plus
  /// one, 0 for empty, so a probe past another key reads no slot. Its size is a power of two;
  /// none until the first key, so a table a column never uses costs nothing.
  private var buckets: [UInt64] = []
  private var keyBytes: [UInt8] = []
  let limit: Int

  init(limit: Int = 1 << 16) {
    self.limit = limit
  }

  var count: Int { slots.count }

  /// The value stored for `key`, if any.
  @inline(__always)
  func value(for key: UnsafeBufferPointer<UInt8>) -> Value? {
    let words = Self.words(key)
    return find(key, words, hash: Self.hash(words)).slot.map { slots[$0].value }
  }

  /// Stores `key` with `value` unless it is there already; true when it was not (a new key is
  /// also reported once the table is full, though not kept).
  mutating func insert(_ key: UnsafeBufferPointer<UInt8>, value: Value) -> Bool {
    let words = Self.words(key)
    let hash = Self.hash(words)
    let (found, emptyBucket) = find(key, words, hash: hash)
    guard found == nil else { return false }
    guard slots.count < limit else { return true }
    var bucket = emptyBucket
    if buckets.isEmpty {
      buckets = [UInt64](repeating: 0, count: 64)
      bucket = Int(truncatingIfNeeded: hash) & (buckets.count - 1)
    }
    slots.append(Slot(words: words, hash: hash, start: keyBytes.count, value: value))
    if key.count > 16 { keyBytes.append(contentsOf: key) }
    buckets[bucket] = Self.bucket(hash: hash, slot: slots.count - 1)
    // A quarter full while the table is small (fewer probes), half full once it is large.
    if slots.count * (slots.count < 1 << 12 ? 4 : 2) > buckets.count { grow() }
    return true
  }

  /// A bucket's contents: the hash's high half, and the slot's index plus one.
  @inline(__always)
  private static func bucket(hash: UInt64, slot: Int) -> UInt64 {
    hash & 0xFFFF_FFFF_0000_0000 | UInt64(slot + 1)
  }

  /// The slot holding `key`, else nil and the empty bucket where it would go.
  @inline(__always)
  private func find(_ key: UnsafeBufferPointer<UInt8>, _ words: Words, hash: UInt64) -> (slot: Int?, bucket: Int) {
    guard !buckets.isEmpty else { return (nil, 0) }
    let tag = hash & 0xFFFF_FFFF_0000_0000
    var bucket = Int(truncatingIfNeeded: hash) & (buckets.count - 1)
    while buckets[bucket] != 0 {
      if buckets[bucket] & 0xFFFF_FFFF_0000_0000 == tag {
        let index = Int(truncatingIfNeeded: buckets[bucket] & 0xFFFF_FFFF) - 1
        if slots[index].words == words && (words.count <= 16 || middle(slots[index], key)) { return (index, bucket) }
      }
      bucket = (bucket + 1) & (buckets.count - 1)
    }
    return (nil, bucket)
  }

  /// True when the bytes of a key longer than 16 bytes equal the slot's.
  private func middle(_ slot: Slot, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
    keyBytes.withUnsafeBytes { stored in
      guard let storedBase = stored.baseAddress, let keyBase = key.baseAddress else { return false }
      return ByteRuns.equal(storedBase + slot.start, UnsafeRawPointer(keyBase), count: key.count)
    }
  }

  private mutating func grow() {
    var larger = [UInt64](repeating: 0, count: buckets.count * 2)
    for (index, slot) in slots.enumerated() {
      var bucket = Int(truncatingIfNeeded: slot.hash) & (larger.count - 1)
      while larger[bucket] != 0 { bucket = (bucket + 1) & (larger.count - 1) }
      larger[bucket] = Self.bucket(hash: slot.hash, slot: index)
    }
    buckets = larger
  }

  /// The key's length and first and last eight bytes; a key shorter than eight bytes is packed
  /// into `head` (with its length, that tells it from any other) and its `tail` is 0.
  @inline(__always)
  private static func words(_ key: UnsafeBufferPointer<UInt8>) -> Words {
    guard let base = key.baseAddress else { return Words(count: 0, head: 0, tail: 0) }
    let raw = UnsafeRawPointer(base)
    switch key.count {
    case 8...:
      return Words(
        count: key.count, head: raw.loadUnaligned(as: UInt64.self),
        tail: (raw + key.count - 8).loadUnaligned(as: UInt64.self))
    // Two loads that overlap rather than a byte at a time: short cells (`Yes`, `152.50`) are
    // looked up for every row.
    case 4...7:
      let last = UInt64((raw + key.count - 4).loadUnaligned(as: UInt32.self))
      return Words(count: key.count, head: UInt64(raw.loadUnaligned(as: UInt32.self)) | last << 32, tail: 0)
    case 1...3:
      let packed = UInt64(base[0]) | UInt64(base[key.count / 2]) << 8 | UInt64(base[key.count - 1]) << 16
      return Words(count: key.count, head: packed, tail: 0)
    default:
      return Words(count: 0, head: 0, tail: 0)
    }
  }

  /// The key's words mixed so that the low bits (the bucket) depend on each of them: the length
  /// and first and last eight bytes, which tell nearly all cells apart (keys that share them find
  /// each other by their middle bytes).
  @inline(__always)
  private static func hash(_ words: Words) -> UInt64 {
    var hash = (words.head ^ UInt64(words.count) << 56) &* 0x9E37_79B9_7F4A_7C15
    hash = (hash ^ hash >> 32 ^ words.tail) &* 0xBF58_476D_1CE4_E5B9
    return hash ^ hash >> 29
  }
}
