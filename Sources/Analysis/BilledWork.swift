import Domain

/// The billable work of one client's day, as earned revenue (spec §3a) weighs it: its time, its
/// value, and how many of its entries have no value.
struct BilledWork: Sendable {
  let day: Day
  /// Σ seconds of every entry, and of those without a value.
  private(set) var seconds: Int128 = 0
  private(set) var unvaluedSeconds: Int128 = 0
  /// Σ value, in minor units, of the entries that have one.
  private(set) var value: Int128 = 0
  /// The entries without a value, and those of them with any time.
  private(set) var unvaluedEntries = 0
  private(set) var unvaluedTimedEntries = 0

  init(day: Day) {
    self.day = day
  }

  /// Counts one entry of the day.
  mutating func add(seconds: Int64, value: Money?) {
    self.seconds += Int128(seconds)
    if let value {
      self.value += Int128(value.minorUnits)
    } else {
      unvaluedSeconds += Int128(seconds)
      unvaluedEntries += 1
      if seconds != 0 { unvaluedTimedEntries += 1 }
    }
  }
}

/// One client's billable work summed by day, in the order the days were first seen; emptied for
/// the next client with its room kept.
struct BilledDays: Sendable {
  private(set) var days: [BilledWork] = []
  /// Open addressing over `days`: an index plus one, 0 for empty; a power of two at least twice the
  /// days, so a probe ends soon.
  private var buckets: [Int32] = Array(repeating: 0, count: 64)

  mutating func add(day: Day, seconds: Int64, value: Money?) {
    let mask = buckets.count - 1
    // A multiplicative hash: consecutive days land far apart.
    var bucket = Int(truncatingIfNeeded: UInt32(bitPattern: day.daysSinceEpoch) &* 0x9E37_79B1) & mask
    while buckets[bucket] != 0 {
      let index = Int(buckets[bucket]) - 1
      if days[index].day == day {
        days[index].add(seconds: seconds, value: value)
        return
      }
      bucket = (bucket + 1) & mask
    }
    var work = BilledWork(day: day)
    work.add(seconds: seconds, value: value)
    days.append(work)
    buckets[bucket] = Int32(days.count)
    if days.count * 2 > buckets.count { grow() }
  }

  mutating func removeAll() {
    guard !days.isEmpty else { return }
    days.removeAll(keepingCapacity: true)
    buckets.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
  }

  private mutating func grow() {
    var larger = [Int32](repeating: 0, count: buckets.count * 2)
    let mask = larger.count - 1
    for (index, work) in days.enumerated() {
      var bucket = Int(truncatingIfNeeded: UInt32(bitPattern: work.day.daysSinceEpoch) &* 0x9E37_79B1) & mask
      while larger[bucket] != 0 { bucket = (bucket + 1) & mask }
      larger[bucket] = Int32(index + 1)
    }
    buckets = larger
  }
}
