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
  /// Open addressing over `slots`: an index plus one, 0 for empty. Its size is a power of two.
  private var buckets = [Int32](repeating: 0, count: 64)
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
    let (found, bucket) = find(key, hash: hash)
    if let found { return slots[found].value }
    let value = try make(key)
    guard slots.count < limit else { return value }
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
      var i = 0
      while i < key.count {
        if stored[slot.start + i] != key[i] { return false }
        i += 1
      }
      return true
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

  /// FNV-1a, then mixed so that the low bits (the bucket) depend on every byte.
  private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in key {
      hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
    }
    hash ^= hash >> 29
    hash = hash &* 0xbf58_476d_1ce4_e5b9
    return hash ^ (hash >> 32)
  }
}
