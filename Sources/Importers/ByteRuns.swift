/// Runs of bytes compared eight at a time: cells and keys are compared on every row.
enum ByteRuns {
  /// True when the `count` bytes (at least 8) at `a` and at `b` are equal; the last eight are read
  /// overlapping the ones before, so no byte is read past either run.
  @inline(__always)
  static func equal(_ a: UnsafeRawPointer, _ b: UnsafeRawPointer, count: Int) -> Bool {
    precondition(count >= 8, "ByteRuns.equal needs eight bytes")
    var offset = 0
    while offset + 8 < count {
      guard
        a.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
          == b.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
      else { return false }
      offset += 8
    }
    let last = count - 8
    return a.loadUnaligned(fromByteOffset: last, as: UInt64.self)
      == b.loadUnaligned(fromByteOffset: last, as: UInt64.self)
  }
}
