/// One client's entries in a `TimeLog`, in the order their first rows came, and the table that
/// finds an entry by its key.
@usableFromInline struct ClientTime: Sendable {
  @usableFromInline let client: ClientKey
  @usableFromInline private(set) var sums: [TimeSum] = []
  /// Open addressing over a power-of-two count of buckets: an entry's offset plus one, 0 for an
  /// empty bucket. None while the client has few entries: those are searched in turn.
  private var buckets: [Int32] = []

  /// Entries a client may have before they are looked up by hash rather than in turn.
  static let searchedInTurn = 8

  init(client: ClientKey) {
    self.client = client
  }

  /// Adds `sum` to the entry with its key, or as a new entry; throws, leaving the entry as it
  /// was, when a sum would pass Int64.
  mutating func add(_ sum: TimeSum) throws(TimeLog.Overflow) {
    let (found, bucket) = find(sum.key)
    guard let found else {
      sums.append(sum)
      if buckets.isEmpty {
        if sums.count > Self.searchedInTurn { rebuild(size: 4 * Self.searchedInTurn) }
      } else {
        buckets[bucket] = Int32(sums.count)
        if sums.count * 2 > buckets.count { rebuild(size: 2 * buckets.count) }
      }
      return
    }
    let (seconds, secondsOverflow) = sums[found].seconds.addingReportingOverflow(sum.seconds)
    let (value, valueOverflow) = sums[found].value.addingReportingOverflow(sum.value)
    if secondsOverflow || valueOverflow { throw TimeLog.Overflow(client: client, key: sum.key) }
    sums[found].seconds = seconds
    sums[found].value = value
  }

  /// Changes every entry with `change`, keeping them in their places; entries that come to share a
  /// key stay apart (an added row folds into the first of them).
  mutating func rewrite<Failure: Error>(_ change: (inout TimeSum) throws(Failure) -> Void) throws(Failure) {
    for offset in sums.indices { try change(&sums[offset]) }
    if !buckets.isEmpty { rebuild(size: buckets.count) }
  }

  /// The offset of the entry with `key`, else nil and the empty bucket where it would go.
  private func find(_ key: TimeKey) -> (offset: Int?, bucket: Int) {
    guard !buckets.isEmpty else { return (sums.firstIndex { $0.key == key }, 0) }
    let mask = buckets.count - 1
    var bucket = Self.bucket(of: key, mask: mask)
    while buckets[bucket] != 0 {
      let offset = Int(buckets[bucket]) - 1
      if sums[offset].key == key { return (offset, bucket) }
      bucket = (bucket + 1) & mask
    }
    return (nil, bucket)
  }

  private static func bucket(of key: TimeKey, mask: Int) -> Int {
    key.hashValue & mask
  }

  private mutating func rebuild(size: Int) {
    var table = [Int32](repeating: 0, count: size)
    for (offset, sum) in sums.enumerated() {
      var bucket = Self.bucket(of: sum.key, mask: size - 1)
      while table[bucket] != 0 { bucket = (bucket + 1) & (size - 1) }
      table[bucket] = Int32(offset + 1)
    }
    buckets = table
  }
}
