/// Time entries' packed keys (`TimeFold`) to the entries' indices: open addressing in a table a
/// power of two long, grown when half full.
struct EntryKeys {
  /// The key in each bucket, and its entry's index plus one (0: the bucket is empty).
  private var keys: [UInt64]
  private var indices: [Int32]
  private(set) var count = 0

  static let initialBuckets = 1024

  init(capacity: Int = 0) {
    var buckets = Self.initialBuckets
    while buckets < 2 * capacity { buckets *= 2 }
    keys = [UInt64](repeating: 0, count: buckets)
    indices = [Int32](repeating: 0, count: buckets)
  }

  /// The index of the entry with `key`, else nil and the empty bucket where the key would go.
  @inline(__always)
  func find(_ key: UInt64) -> (index: Int?, bucket: Int) {
    let mask = keys.count - 1
    var bucket = Self.bucket(of: key, mask: mask)
    while indices[bucket] != 0 {
      if keys[bucket] == key { return (Int(indices[bucket]) - 1, bucket) }
      bucket = (bucket + 1) & mask
    }
    return (nil, bucket)
  }

  /// Adds `key` for the entry at `index`, in the empty `bucket` `find` gave for it.
  mutating func insert(_ key: UInt64, index: Int, at bucket: Int) {
    keys[bucket] = key
    indices[bucket] = Int32(index + 1)
    count += 1
    if count * 2 > keys.count { grow() }
  }

  /// Empties the table; one a crowded day made large is made small again, so that emptying it
  /// every day stays cheap.
  mutating func removeAll() {
    guard count > 0 else { return }
    if indices.count > 64 * Self.initialBuckets {
      self = EntryKeys()
    } else {
      indices.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
      count = 0
    }
  }

  /// Where `key`'s search starts: Fibonacci hashing, so nearby days and spellings spread out.
  private static func bucket(of key: UInt64, mask: Int) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
  }

  private mutating func grow() {
    let size = keys.count * 2
    var larger = (keys: [UInt64](repeating: 0, count: size), indices: [Int32](repeating: 0, count: size))
    for bucket in keys.indices where indices[bucket] != 0 {
      var target = Self.bucket(of: keys[bucket], mask: size - 1)
      while larger.indices[target] != 0 { target = (target + 1) & (size - 1) }
      larger.keys[target] = keys[bucket]
      larger.indices[target] = indices[bucket]
    }
    (keys, indices) = larger
  }
}
