/// Where the bytes that may end or open a field lie, found 64 at a time with eight-byte words: the
/// reader's next stop is the next bit of a mask rather than a search byte by byte, and a field
/// costs a few instructions however short it is.
///
/// The mask holds every delimiter, quote, CR and LF, and may hold other bytes too (any byte below
/// 0x0E, and a byte the word arithmetic flags after a flagged one): the reader looks at the byte
/// of each stop and passes over what it does not stop at.
struct FieldBreaks {
  private let delimiters: UInt64
  private let quotes: UInt64
  /// The buffer index of the window's first byte, a bit for each of its 64 bytes that is a
  /// stop, and the stops from `cursor` on not yet handed out. Made again for each scan: the
  /// buffer may have moved in between.
  private var start = Int.min / 2
  private var bits: UInt64 = 0
  private var cursor = Int.min / 2
  private var pending: UInt64 = 0

  init(dialect: CSVDialect) {
    delimiters = ByteWord.repeated(dialect.delimiter)
    quotes = ByteWord.repeated(dialect.quote)
  }

  /// The index of the first stop at or after `index`; `bytes.count` when there is none. Reading
  /// on from just after the last stop handed out (a record's next field) costs a few instructions.
  @inline(__always)
  mutating func next(from index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
    if index != cursor { seek(index, bytes) }
    while pending == 0 {
      guard start &+ 64 < bytes.count else {
        cursor = bytes.count
        return bytes.count
      }
      load(at: start &+ 64, bytes)
    }
    let stop = start &+ pending.trailingZeroBitCount
    pending &= pending &- 1
    cursor = stop &+ 1
    return stop
  }

  /// Makes `index` the place the next stop is looked for from.
  @inline(__always)
  private mutating func seek(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) {
    if index < start || index >= start &+ 64 { load(at: index, bytes) }
    let skipped = UInt64(index &- start)
    pending = bits & ~((1 << skipped) &- 1)
    cursor = index
  }

  private mutating func load(at index: Int, _ bytes: UnsafeBufferPointer<UInt8>) {
    (start, bits) = (index, 0)
    defer { (pending, cursor) = (bits, index) }
    guard index &+ 64 <= bytes.count, let base = bytes.baseAddress else {
      for offset in 0..<Swift.max(0, bytes.count &- index) {
        let byte = bytes[index &+ offset]
        if byte < 0x0E || byte == UInt8(truncatingIfNeeded: delimiters) || byte == UInt8(truncatingIfNeeded: quotes) {
          bits |= 1 << UInt64(offset)
        }
      }
      return
    }
    let raw = UnsafeRawPointer(base)
    for word in 0..<8 {
      let value = ByteWord.load(raw, at: index &+ 8 &* word)
      // Zero bytes of these words, and bytes below 0x0E: the borrow of the subtraction may flag a
      // byte above a flagged one as well, which the reader passes over.
      let below = (value &- ByteWord.repeated(0x0E)) & ~value
      let found =
        (ByteWord.zeroBytes(value ^ delimiters) | ByteWord.zeroBytes(value ^ quotes) | below) & ByteWord.highBits
      bits |= ByteWord.gatherHighBits(found) << UInt64(8 &* word)
    }
  }
}
