/// Eight bytes read as one little-endian word, so a scan tests them all at once.
enum ByteWord {
  /// The byte 0x01 in every place.
  static let ones: UInt64 = 0x0101_0101_0101_0101
  /// The high bit of every byte.
  static let highBits: UInt64 = 0x8080_8080_8080_8080

  /// The eight bytes from `offset` on.
  @inline(__always)
  static func load(_ base: UnsafeRawPointer, at offset: Int) -> UInt64 {
    UInt64(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
  }

  /// The high bit of each zero byte of `word`. Only the lowest is exact (a borrow can flag the
  /// byte above a zero one), which is all a search for the first needs.
  @inline(__always)
  static func zeroBytes(_ word: UInt64) -> UInt64 { (word &- ones) & ~word & highBits }

  /// The place (0–7) of the lowest byte `flags` marks.
  @inline(__always)
  static func firstFlagged(_ flags: UInt64) -> Int { flags.trailingZeroBitCount >> 3 }
}
