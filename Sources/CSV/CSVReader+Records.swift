extension CSVReader {
  /// Starts a record whose first byte is at input offset `offset`, reusing the record's storage.
  mutating func beginRecord(at offset: Int) {
    recordCount += 1
    record.number = recordCount
    record.startLine = line
    record.startByteOffset = offset
    record.fields.removeAll(keepingCapacity: true)
    record.unescaped.removeAll(keepingCapacity: true)
  }

  /// Ends the unquoted field that started at `fieldStart` and runs to input offset `end`.
  mutating func endUnquotedField(end: Int) {
    let start = fieldStart - record.startByteOffset
    record.fields.append(
      CSVRecord.Field(
        rawStart: start, valueStart: start, valueEnd: end - record.startByteOffset, isUnescaped: false,
        isQuoted: false))
  }

  /// Ends the quoted field whose closing quote is at input offset `closingQuote`; checks the size cap.
  mutating func endQuotedField(_ bytes: UnsafeBufferPointer<UInt8>, closingQuote: Int) -> CSVError? {
    let rawStart = fieldStart - record.startByteOffset
    let field: CSVRecord.Field
    if fieldIsUnescaped {
      record.unescaped.append(
        contentsOf: UnsafeBufferPointer(rebasing: bytes[(segmentStart - base)..<(closingQuote - base)]))
      field = CSVRecord.Field(
        rawStart: rawStart, valueStart: unescapedStart, valueEnd: record.unescaped.count, isUnescaped: true,
        isQuoted: true)
    } else {
      field = CSVRecord.Field(
        rawStart: rawStart, valueStart: rawStart + 1, valueEnd: closingQuote - record.startByteOffset,
        isUnescaped: false, isQuoted: true)
    }
    if field.valueEnd - field.valueStart > dialect.maxFieldBytes { return fieldTooLong(bytes, quoted: true) }
    record.fields.append(field)
    return nil
  }

  /// Completes the record at index `i` (its line break, or the end of input): copies its raw bytes and
  /// steps over the line break.
  mutating func endRecord(_ bytes: UnsafeBufferPointer<UInt8>, at i: inout Int, state: inout State) -> Step {
    record.raw.removeAll(keepingCapacity: true)
    record.raw.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[(record.startByteOffset - base)..<i]))
    if i == bytes.count {
      state = .end
      return .record
    }
    line += 1
    lineStart = base + i + 1
    state = bytes[i] == 0x0D ? .afterCR : .startRecord
    i += 1
    return .record
  }

  /// The position of input offset `offset` (inside the current record), with its column worked out now.
  private func position(_ bytes: UnsafeBufferPointer<UInt8>, of offset: Int) -> CSVPosition {
    CSVPosition.locate(
      offset - base, in: bytes, from: record.startByteOffset - base, startLine: record.startLine,
      record: record.number, baseOffset: base)
  }

  func fieldTooLong(_ bytes: UnsafeBufferPointer<UInt8>, quoted: Bool) -> CSVError {
    .fieldTooLong(at: position(bytes, of: fieldStart), limit: dialect.maxFieldBytes, quoted: quoted)
  }

  func unterminatedQuote(_ bytes: UnsafeBufferPointer<UInt8>) -> CSVError {
    let opening = position(bytes, of: fieldStart)
    // The line of the last byte: one less than `line` when the input ends with a line break.
    let last = bytes.last.map { $0 == 0x0A || $0 == 0x0D } == true ? line - 1 : line
    return .unterminatedQuote(opening: opening, linesSwallowed: last - opening.line + 1)
  }

  func unexpectedByteAfterQuote(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> CSVError {
    let column = CSVPosition.column(of: i, lineStart: lineStart - base, in: bytes)
    let at = CSVPosition(line: line, column: column, byteOffset: base + i, record: record.number)
    var iterator = UnsafeBufferPointer(rebasing: bytes[i...]).makeIterator()
    var decoder = UTF8()
    var found: Unicode.Scalar = "\u{FFFD}"
    if case .scalarValue(let scalar) = decoder.decode(&iterator) { found = scalar }
    return .unexpectedByteAfterQuote(at: at, found: found, recordStartLine: record.startLine)
  }
}
