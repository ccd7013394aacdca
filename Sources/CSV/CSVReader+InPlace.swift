extension CSVReader {
  /// The most fields an in-place record may have (one bit each in ``InPlaceRecord``'s mask).
  static let inPlaceFieldLimit = 64

  /// Hands `take` each record from the scan position on, read where it lies in the buffer, while
  /// the records are plain and `take` accepts them; an accepted record is read, as if by
  /// ``nextRecord()``.
  ///
  /// A plain record lies whole in the input given so far and ends with a line break; it has at most
  /// 64 fields, none longer than the dialect allows, no line break inside quotes other than LF, and
  /// nothing after a closing quote but a delimiter or a line break. Reading stops, leaving the
  /// record to ``nextRecord()``, at the first record that is not plain or that `take` declines, so
  /// anything that needs the reader's care (an empty line, an error, a chunk's end) gets it there.
  public mutating func readInPlace(_ take: (InPlaceRecord) -> Bool) {
    guard failure == nil, !bomCheckPending, state == .startRecord else { return }
    let (input, filled) = (buffer, filled)  // a second reference, not a copy: reading never mutates `buffer`
    input.withUnsafeBufferPointer { storage in
      let bytes = UnsafeBufferPointer(rebasing: storage[..<filled])
      withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * Self.inPlaceFieldLimit) { bounds in
        guard let first = bytes.baseAddress, let fieldBounds = bounds.baseAddress else { return }
        // A static function given what it needs: a method would have the reader (a few hundred
        // bytes) copied for every record.
        let dialect = self.dialect
        while let plain = Self.plainRecord(in: bytes, at: index, dialect: dialect, bounds: bounds) {
          let record = InPlaceRecord(
            number: recordCount + 1, startLine: line, fieldCount: plain.fieldCount,
            start: first + index, bounds: UnsafePointer(fieldBounds), escaped: plain.escaped)
          guard take(record) else { return }
          recordCount += 1
          line += plain.lineBreaks
          lineStart = base + plain.next
          index = plain.next
        }
      }
    }
  }

  /// The plain record at `start`, its field bounds written to `bounds`; nil when the record there
  /// is not plain.
  private static func plainRecord(
    in bytes: UnsafeBufferPointer<UInt8>, at start: Int, dialect: CSVDialect, bounds: UnsafeMutableBufferPointer<Int>
  ) -> (fieldCount: Int, escaped: UInt64, lineBreaks: Int, next: Int)? {
    let count = bytes.count
    guard start < count, bytes[start] != 0x0A, bytes[start] != 0x0D else { return nil }
    let delimiter = dialect.delimiter
    let quote = dialect.quote
    let cap = dialect.maxFieldBytes
    var i = start
    var field = 0
    var escaped: UInt64 = 0
    var lineBreaks = 1
    while true {
      guard field < Self.inPlaceFieldLimit else { return nil }
      var valueStart = i
      var valueEnd: Int
      if i < count && bytes[i] == quote {
        valueStart = i + 1
        var j = valueStart
        while true {
          j = Self.first(quote, orLineBreakIn: bytes, from: j)
          while j < count && bytes[j] != quote {
            guard bytes[j] == 0x0A else { return nil }  // a CR in quotes: a line break only the reader counts right
            lineBreaks += 1
            j = Self.first(quote, orLineBreakIn: bytes, from: j + 1)
          }
          // The byte after the quote must be in the buffer to tell a closing quote from a doubled one.
          guard j + 1 < count else { return nil }
          let after = bytes[j + 1]
          guard after == quote else { break }
          escaped |= 1 << UInt64(field)
          j += 2
        }
        valueEnd = j
        i = j + 1
        let after = bytes[i]
        guard after == delimiter || after == 0x0A || after == 0x0D else { return nil }
      } else {
        let j = Self.first(delimiter, orLineBreakIn: bytes, from: i)
        guard j < count else { return nil }
        valueEnd = j
        i = j
      }
      guard valueEnd - valueStart <= cap else { return nil }
      bounds[2 * field] = valueStart - start
      bounds[2 * field + 1] = valueEnd - start
      field += 1
      let byte = bytes[i]
      if byte == delimiter {
        i += 1
        continue
      }
      if byte == 0x0A { return (field, escaped, lineBreaks, i + 1) }
      // A CR: the line break is CRLF or a lone CR, which only the next byte tells.
      guard i + 1 < count else { return nil }
      return (field, escaped, lineBreaks, bytes[i + 1] == 0x0A ? i + 2 : i + 1)
    }
  }

  /// The index of the first byte from `start` on that is `target`, LF or CR; `bytes.count` when
  /// there is none. Eight bytes at a time: fields are short, but records are not.
  @inline(__always)
  private static func first(_ target: UInt8, orLineBreakIn bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    let count = bytes.count
    var j = start
    if let base = bytes.baseAddress {
      let raw = UnsafeRawPointer(base)
      let (targets, lfs, crs) = (ByteWord.repeated(target), ByteWord.repeated(0x0A), ByteWord.repeated(0x0D))
      while j + 8 <= count {
        let word = ByteWord.load(raw, at: j)
        let found = ByteWord.zeroBytes(word ^ targets) | ByteWord.zeroBytes(word ^ lfs) | ByteWord.zeroBytes(word ^ crs)
        if found != 0 { return j + ByteWord.firstFlagged(found) }
        j += 8
      }
    }
    while j < count {
      let byte = bytes[j]
      if byte == target || byte == 0x0A || byte == 0x0D { return j }
      j += 1
    }
    return count
  }
}
