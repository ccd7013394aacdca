/// The last cell of a column that was looked up, with its value, for a column whose rows repeat
/// the cell above (a time export in date order has hundreds of rows of each day): comparing a
/// cell with it costs two words, less than a lookup in the column's memo.
struct RecentCell<Value> {
  private var count = -1
  private var words: (UInt64, UInt64) = (0, 0)
  private var value: Value?

  /// The value remembered with `bytes`, when they are the cell remembered last.
  @inline(__always)
  func value(for bytes: UnsafeBufferPointer<UInt8>) -> Value? {
    guard bytes.count == count, Self.words(of: bytes) == words else { return nil }
    return value
  }

  /// Remembers `value` for `bytes`; a cell longer than two words is not remembered.
  mutating func remember(_ value: Value, for bytes: UnsafeBufferPointer<UInt8>) {
    guard bytes.count <= 16 else { return }
    (count, words, self.value) = (bytes.count, Self.words(of: bytes), value)
  }

  /// All of a cell of at most 16 bytes in two words (the second overlapping the first when it is
  /// shorter); for a longer cell, its first and last eight bytes.
  @inline(__always)
  private static func words(of bytes: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt64) {
    guard bytes.count > 8 else { return (ByteKeyedTable<Value>.word(of: bytes, at: 0), 0) }
    return (ByteKeyedTable<Value>.word(of: bytes, at: 0), ByteKeyedTable<Value>.word(of: bytes, at: bytes.count - 8))
  }
}
