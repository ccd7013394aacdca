/// A hash table keyed by short byte strings (a cell's bytes), looked up without making an array
/// or a `String` of the key: only a key seen for the first time is copied.
///
/// It holds at most `limit` keys; past that, lookups of new keys miss and nothing more is kept, so
/// a column of all-different values costs a bounded amount of memory.
struct ByteKeyedTable<Value> {
  private struct Slot {
    var hash: UInt64
    var start: Int
    var count: Int
    var value: Value
  }

  private var slots: [Slot] = []
  /// Open addressing over `slots`: an index plus one, 0 for empty. Its size is a power of two;
  /// none until the first key, so a table a column never uses costs nothing.
  private var buckets: [Int32] = []
  private var keyBytes: [UInt8] = []
  let limit: Int

  init(limit: Int = 1 << 16) {
    self.limit = limit
  }

  var count: Int { slots.count }

  /// The value stored for `key`, or `make(key)` stored (when there is room) and returned.
  mutating func value<Failure: Error>(
    for key: UnsafeBufferPointer<UInt8>, make: (UnsafeBufferPointer<UInt8>) throws(Failure) -> Value
  ) throws(Failure) -> Value {
    let hash = Self.hash(key)
    let (found, emptyBucket) = find(key, hash: hash)
    if let found { return slots[found].value }
    let value = try make(key)
    guard slots.count < limit else { return value }
    var bucket = emptyBucket
    if buckets.isEmpty {
      buckets = [Int32](repeating: 0, count: 64)
      bucket = Int(truncatingIfNeeded: hash) & (buckets.count - 1)
    }
    slots.append(Slot(hash: hash, start: keyBytes.count, count: key.count, value: value))
    keyBytes.append(contentsOf: key)
    buckets[bucket] = Int32(slots.count)
    if slots.count * 2 > buckets.count { grow() }
    return value
  }

  /// The value stored for `key`, if any.
  func value(for key: UnsafeBufferPointer<UInt8>) -> Value? {
    find(key, hash: Self.hash(key)).slot.map { slots[$0].value }
  }

  /// The slot holding `key`, else nil and the empty bucket where it would go.
  @inline(__always)
  private func find(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> (slot: Int?, bucket: Int) {
    guard !buckets.isEmpty else { return (nil, 0) }
    var bucket = Int(truncatingIfNeeded: hash) & (buckets.count - 1)
    while buckets[bucket] != 0 {
      let index = Int(buckets[bucket]) - 1
      if slots[index].hash == hash && matches(slots[index], key) { return (index, bucket) }
      bucket = (bucket + 1) & (buckets.count - 1)
    }
    return (nil, bucket)
  }

  /// Stores `key` with `value` unless it is there already; true when it was not (a new key is
  /// also reported once the table is full, though not kept).
  mutating func insert(_ key: UnsafeBufferPointer<UInt8>, value: Value) -> Bool {
    var isNew = false
    _ = self.value(for: key) { _ in
      isNew = true
      return value
    }
    return isNew
  }

  private func matches(_ slot: Slot, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
    guard slot.count == key.count else { return false }
    return keyBytes.withUnsafeBufferPointer { stored in
      let storedKey = UnsafeBufferPointer(rebasing: stored[slot.start..<(slot.start + slot.count)])
      return Self.words(of: storedKey) { word, index in word == Self.word(of: key, at: index) }
    }
  }

  private mutating func grow() {
    var larger = [Int32](repeating: 0, count: buckets.count * 2)
    for (index, slot) in slots.enumerated() {
      var bucket = Int(truncatingIfNeeded: slot.hash) & (larger.count - 1)
      while larger[bucket] != 0 { bucket = (bucket + 1) & (larger.count - 1) }
      larger[bucket] = Int32(index + 1)
    }
    buckets = larger
  }

  /// The key's words (`words(of:_:)`) multiplied in one by one, then mixed so that the low bits
  /// (the bucket) depend on every byte.
  private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var hash = 0xcbf2_9ce4_8422_2325 ^ UInt64(key.count)
    _ = words(of: key) { word, _ in
      hash = (hash ^ word) &* 0x9E37_79B9_7F4A_7C15
      hash ^= hash >> 32
      return true
    }
    hash ^= hash >> 29
    hash = hash &* 0xbf58_476d_1ce4_e5b9
    return hash ^ (hash >> 32)
  }

  /// Calls `body` with each eight bytes of `key` as a word and the index of the word's first
  /// byte, the last word ending at the key's end (overlapping the one before); a key shorter than
  /// eight bytes is one word (see `word(of:at:)`). Stops, returning false, when `body` does.
  @inline(__always)
  private static func words(
    of key: UnsafeBufferPointer<UInt8>, _ body: (UInt64, Int) -> Bool
  ) -> Bool {
    guard key.count >= 8 else { return body(word(of: key, at: 0), 0) }
    var index = 0
    while index + 8 < key.count {
      guard body(word(of: key, at: index), index) else { return false }
      index += 8
    }
    return body(word(of: key, at: key.count - 8), key.count - 8)
  }

  /// The eight bytes of `key` from `index` on; for a key shorter than eight bytes, a word that
  /// holds all of them (which, with the key's length, tells it from any other key).
  @inline(__always)
  static func word(of key: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt64 {
    guard let base = key.baseAddress else { return 0 }
    let raw = UnsafeRawPointer(base)
    switch key.count {
    case 8...: return (raw + index).loadUnaligned(as: UInt64.self)
    // Two loads that overlap rather than a byte at a time: short cells (`Yes`, `152.50`) are
    // looked up for every row.
    case 4...7:
      let last = UInt64((raw + key.count - 4).loadUnaligned(as: UInt32.self))
      return UInt64(raw.loadUnaligned(as: UInt32.self)) | last << 32
    case 1...3:
      return UInt64(base[0]) | UInt64(base[key.count / 2]) << 8 | UInt64(base[key.count - 1]) << 16
    default: return 0
    }
  }
}
