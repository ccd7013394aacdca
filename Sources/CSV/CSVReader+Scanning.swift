extension CSVReader {
  /// How a scan ended.
  enum Step {
    case needsInput
    case end
    case stopped
    case unreadable(CSVError)
    case failed(CSVError)
  }

  /// How reading the fields of the current record ended: the record is complete (ending at
  /// buffer index `end`, with the line break there, or at the end of input), or it needs more
  /// room or input, in which case it goes on from the field starting at `resumeAt`.
  private enum Fields {
    case record(end: Int, lineBreak: Int?)
    case needsRoom(resumeAt: Int)
    case needsInput(resumeAt: Int)
    case unreadable(CSVError, resumeAt: Int)
    case failed(CSVError)
  }

  /// The number of bytes of the UTF-8 sequence that starts with `leadByte` (1 for ASCII and stray bytes).
  static func scalarLength(leadByte: UInt8) -> Int {
    switch leadByte {
    case 0xC0...0xDF: 2
    case 0xE0...0xEF: 3
    case 0xF0...0xF7: 4
    default: 1
    }
  }

  /// Reads records from `next` until the input given so far runs out, `body` stops, or an error.
  mutating func scan(_ body: (CSVRecordView) -> Bool) -> Step {
    // Second references, not copies: the buffer is only read here, and the record's room and
    // unescaped values are moved out for the scan and back after it.
    let (input, filled) = (buffer, filled)
    var room = spans
    var values = unescaped
    (spans, unescaped) = ([], [])
    defer { (spans, unescaped) = (room, values) }
    return input.withUnsafeBufferPointer { storage in
      scan(UnsafeBufferPointer(rebasing: storage[..<filled]), room: &room, unescaped: &values, body)
    }
  }

  private mutating func scan(
    _ bytes: UnsafeBufferPointer<UInt8>, room: inout [FieldSpan], unescaped: inout [UInt8],
    _ body: (CSVRecordView) -> Bool
  ) -> Step {
    let count = bytes.count
    if bomCheckPending {
      if count < 3 && !inputFinished { return .needsInput }
      bomCheckPending = false
      if ByteOrderMark(bytes) == .utf8 { (next, lineStart) = (3, 3) }
    }
    var i = next - base
    defer { next = base + i }
    while true {
      if !inRecord {
        if afterCR {
          guard i < count else { return inputFinished ? .end : .needsInput }
          afterCR = false
          if bytes[i] == 0x0A {
            i += 1
            lineStart = base + i
          }
        }
        if skippingLine {
          let j = Self.first(0x0A, orLineBreakIn: bytes, from: i)
          guard j < count else {
            i = count
            return inputFinished ? .end : .needsInput
          }
          skippingLine = false
          i = endLine(bytes, at: j)
          continue
        }
        guard i < count else { return inputFinished ? .end : .needsInput }
        if bytes[i] == 0x0A || bytes[i] == 0x0D {
          // An empty line: no record, but it is a line.
          i = endLine(bytes, at: i)
          continue
        }
        recordCount += 1
        (inRecord, recordStart, recordLine, fieldCount) = (true, base + i, line, 0)
        if !unescaped.isEmpty { unescaped.removeAll(keepingCapacity: true) }
      }
      let outcome = room.withUnsafeMutableBufferPointer { room in
        readFields(bytes, from: i, into: room, unescaped: &unescaped)
      }
      switch outcome {
      case .needsRoom(let resumeAt):
        i = resumeAt
        room.append(contentsOf: repeatElement(FieldSpan(), count: room.count))
      case .needsInput(let resumeAt):
        i = resumeAt
        return .needsInput
      case .failed(let error):
        return .failed(error)
      case .unreadable(let error, let resumeAt):
        (inRecord, skippingLine, i) = (false, true, resumeAt)
        return .unreadable(error)
      case .record(let end, let lineBreak):
        let start = recordStart - base
        let goOn = room.withUnsafeBufferPointer { fields in
          unescaped.withUnsafeBufferPointer { values in
            body(
              CSVRecordView(
                number: recordCount, startLine: recordLine, startByteOffset: recordStart,
                raw: UnsafeBufferPointer(rebasing: bytes[start..<end]),
                spans: UnsafeBufferPointer(rebasing: fields[..<fieldCount]), unescaped: values))
          }
        }
        inRecord = false
        i = lineBreak.map { endLine(bytes, at: $0) } ?? count
        if !goOn { return .stopped }
      }
    }
  }

  /// Steps over the line break at `index` (CR, LF or CRLF) and returns the index after it.
  private mutating func endLine(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
    var after = index + 1
    if bytes[index] == 0x0D {
      if after < bytes.count {
        if bytes[after] == 0x0A { after += 1 }
      } else if !inputFinished {
        // The LF of a CRLF may be in the next chunk.
        afterCR = true
      }
    }
    line += 1
    lineStart = base + after
    return after
  }

  /// Reads the fields of the current record from field `fieldCount`, which starts at `start`.
  /// Lines and unescaped values are committed field by field, so a field cut short by the end
  /// of the input is read again whole, from its start, once more has come.
  private mutating func readFields(
    _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, into room: UnsafeMutableBufferPointer<FieldSpan>,
    unescaped: inout [UInt8]
  ) -> Fields {
    let (count, delimiter, quote, cap) = (bytes.count, dialect.delimiter, dialect.quote, dialect.maxFieldBytes)
    let origin = recordStart - base
    var i = start
    // The count of fields read, kept in a register and handed back on the way out.
    var fields = fieldCount
    defer { fieldCount = fields }
    while true {
      if fields == room.count { return .needsRoom(resumeAt: i) }
      guard i < count else {
        // A delimiter just before the end of input: one more, empty, field.
        guard inputFinished else { return .needsInput(resumeAt: i) }
        room[fields] = FieldSpan(rawStart: i - origin, valueStart: i - origin, valueEnd: i - origin)
        fields += 1
        return .record(end: i, lineBreak: nil)
      }
      guard bytes[i] == quote else {
        // The value runs to the next delimiter or line break; a quote here is data.
        let end = Self.first(delimiter, orLineBreakIn: bytes, from: i)
        if end - i > cap { return .failed(fieldTooLong(bytes, at: i, quoted: false)) }
        if end == count && !inputFinished { return .needsInput(resumeAt: i) }
        room[fields] = FieldSpan(rawStart: i - origin, valueStart: i - origin, valueEnd: end - origin)
        fields += 1
        if end < count && bytes[end] == delimiter {
          i = end + 1
          continue
        }
        return .record(end: end, lineBreak: end < count ? end : nil)
      }
      // A quoted field: its lines and unescaped value are kept apart until it closes.
      var (lines, lineBegins, j, segment) = (line, lineStart, i + 1, i + 1)
      let valuesBefore = unescaped.count
      var escaped = false
      while true {
        j = Self.first(quote, orLineBreakIn: bytes, from: j)
        let valueSoFar = escaped ? unescaped.count - valuesBefore + (j - segment) : j - i - 1
        if valueSoFar > cap { return .failed(fieldTooLong(bytes, at: i, quoted: true)) }
        if j == count {
          if inputFinished { return .failed(unterminatedQuote(bytes, at: i, lines: lines)) }
          unescaped.removeSubrange(valuesBefore...)
          return .needsInput(resumeAt: i)
        }
        let byte = bytes[j]
        if byte == 0x0A || byte == 0x0D {
          j += byte == 0x0D && j + 1 < count && bytes[j + 1] == 0x0A ? 2 : 1
          (lines, lineBegins) = (lines + 1, base + j)
          continue
        }
        let after = j + 1 < count ? bytes[j + 1] : nil
        if after == quote {
          // A doubled quote: the value so far, ending with one quote, goes to the unescaped values.
          escaped = true
          unescaped.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[segment...j]))
          j += 2
          segment = j
          continue
        }
        guard after == delimiter || after == 0x0A || after == 0x0D || (after == nil && inputFinished) else {
          // What follows the closing quote is not here yet (or is cut inside a character): wait for
          // it, so the error names the same character whatever the chunk sizes.
          if after == nil || (!inputFinished && j + 1 + Self.scalarLength(leadByte: after ?? 0) > count) {
            unescaped.removeSubrange(valuesBefore...)
            return .needsInput(resumeAt: i)
          }
          (line, lineStart) = (lines, lineBegins)
          return .unreadable(unexpectedByteAfterQuote(bytes, at: j + 1), resumeAt: j + 1)
        }
        if escaped {
          unescaped.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[segment..<j]))
          room[fields] = FieldSpan(
            rawStart: i - origin, valueStart: valuesBefore, valueEnd: unescaped.count, isQuoted: true,
            isUnescaped: true)
        } else {
          room[fields] = FieldSpan(
            rawStart: i - origin, valueStart: i + 1 - origin, valueEnd: j - origin, isQuoted: true)
        }
        fields += 1
        (line, lineStart) = (lines, lineBegins)
        guard after == delimiter else { return .record(end: j + 1, lineBreak: after == nil ? nil : j + 1) }
        i = j + 2
        break
      }
    }
  }

  /// The index of the first byte from `start` on that is `target`, LF or CR; `bytes.count` when
  /// there is none. Sixteen bytes at a time, compared with each of the three at once (one vector
  /// comparison each); the lanes that match, read as two words, give the first place.
  @inline(__always)
  static func first(_ target: UInt8, orLineBreakIn bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    let count = bytes.count
    var j = start
    if let base = bytes.baseAddress {
      let raw = UnsafeRawPointer(base)
      let (targets, lineFeeds, returns) = (
        SIMD16<UInt8>(repeating: target), SIMD16<UInt8>(repeating: 0x0A), SIMD16<UInt8>(repeating: 0x0D)
      )
      while j + 16 <= count {
        let lanes = raw.loadUnaligned(fromByteOffset: j, as: SIMD16<UInt8>.self)
        let matches = (lanes .== targets) .| (lanes .== lineFeeds) .| (lanes .== returns)
        // A matching lane is all ones: the lowest set bit of each word is in the first match's byte.
        let words = unsafeBitCast(matches, to: SIMD2<UInt64>.self)
        if words[0] != 0 { return j + words[0].trailingZeroBitCount >> 3 }
        if words[1] != 0 { return j + 8 + words[1].trailingZeroBitCount >> 3 }
        j += 16
      }
    }
    while j < count {
      let byte = bytes[j]
      if byte == target || byte == 0x0A || byte == 0x0D { return j }
      j += 1
    }
    return count
  }

  // MARK: - Errors, with positions worked out only now

  /// The position of buffer index `index`, inside the current record.
  private func position(_ bytes: UnsafeBufferPointer<UInt8>, of index: Int) -> CSVPosition {
    CSVPosition.locate(
      index, in: bytes, from: recordStart - base, startLine: recordLine, record: recordCount, baseOffset: base)
  }

  private func fieldTooLong(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, quoted: Bool) -> CSVError {
    .fieldTooLong(at: position(bytes, of: index), limit: dialect.maxFieldBytes, quoted: quoted)
  }

  /// The quote at `index` is still open at the end of input, after `lines` lines.
  private func unterminatedQuote(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, lines: Int) -> CSVError {
    let opening = position(bytes, of: index)
    // The line of the last byte: one less than `lines` when the input ends with a line break.
    let last = bytes.last.map { $0 == 0x0A || $0 == 0x0D } == true ? lines - 1 : lines
    return .unterminatedQuote(opening: opening, linesSwallowed: last - opening.line + 1)
  }

  /// `index` holds the byte after a closing quote; `line` and `lineStart` are its line's.
  private func unexpectedByteAfterQuote(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> CSVError {
    let column = CSVPosition.column(of: index, lineStart: lineStart - base, in: bytes)
    let at = CSVPosition(line: line, column: column, byteOffset: base + index, record: recordCount)
    var iterator = UnsafeBufferPointer(rebasing: bytes[index...]).makeIterator()
    var decoder = UTF8()
    var found: Unicode.Scalar = "\u{FFFD}"
    if case .scalarValue(let scalar) = decoder.decode(&iterator) { found = scalar }
    return .unexpectedByteAfterQuote(at: at, found: found, recordStartLine: recordLine)
  }
}
