extension CSVReader {
  /// Where the state machine is between two bytes, after csv-core's `NfaState`.
  enum State: UInt8, Sendable {
    /// At the start of a line where a record may begin; a line break here is an empty line.
    case startRecord
    /// After a delimiter: the next byte starts a field.
    case startField
    /// Inside an unquoted field.
    case inField
    /// Inside a quoted field.
    case inQuotedField
    /// Just after a quote inside a quoted field: the closing quote, or the first of a doubled pair.
    case quoteInQuotedField
    /// Just after a CR inside a quoted field: an LF next is the same line break.
    case crInQuotedField
    /// Just after a CR that ended a record or an empty line: an LF next is the same line break.
    case afterCR
    /// After a recoverable error: discarding the rest of the physical line, quotes included.
    case skipLine
    /// The input is finished and every record has been returned.
    case end

    /// True when no record is in progress, so no input before the scan position is needed.
    var isBetweenRecords: Bool {
      self == .startRecord || self == .afterCR || self == .skipLine || self == .end
    }
  }

  /// What one scan produced.
  enum Step {
    case record
    case needInput
    case end
    case error(CSVError)
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

  /// Scans the buffer from the current index until a record is complete, an error is found or the input
  /// runs out.
  mutating func scan() -> Step {
    let (input, filled) = (buffer, filled)  // a second reference, not a copy: the scan never mutates `buffer`
    return input.withUnsafeBufferPointer { scan(UnsafeBufferPointer(rebasing: $0[..<filled])) }
  }

  private mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> Step {
    if bomCheckPending {
      if bytes.count < 3 && !inputFinished { return .needInput }
      bomCheckPending = false
      if ByteOrderMark(bytes) == .utf8 {
        index = 3
        lineStart = 3
      }
    }
    let count = bytes.count
    let delimiter = dialect.delimiter
    let quote = dialect.quote
    let cap = dialect.maxFieldBytes
    let lf: UInt8 = 0x0A
    let cr: UInt8 = 0x0D
    var i = index
    var state = self.state
    defer {
      index = i
      self.state = state
    }
    while i < count {
      switch state {
      case .startRecord:
        let byte = bytes[i]
        if byte == lf || byte == cr {
          // An empty line: no record, but it is a line.
          line += 1
          lineStart = base + i + 1
          i += 1
          if byte == cr { state = .afterCR }
        } else {
          beginRecord(at: base + i)
          state = .startField
        }
      case .afterCR:
        if bytes[i] == lf {
          lineStart = base + i + 1
          i += 1
        }
        state = .startRecord
      case .startField:
        let byte = bytes[i]
        fieldStart = base + i
        if byte == quote {
          i += 1
          segmentStart = base + i
          fieldIsUnescaped = false
          state = .inQuotedField
        } else if byte == delimiter {
          endUnquotedField(end: base + i)
          i += 1
        } else if byte == lf || byte == cr {
          endUnquotedField(end: base + i)
          return endRecord(bytes, at: &i, state: &state)
        } else {
          state = .inField
        }
      case .inField:
        // Fast path: the whole unquoted run in one tight loop; a quote here is data.
        var j = i
        while j < count {
          let byte = bytes[j]
          if byte == delimiter || byte == lf || byte == cr { break }
          j += 1
        }
        if base + j - fieldStart > cap { return .error(fieldTooLong(bytes, quoted: false)) }
        i = j
        if j == count { break }
        endUnquotedField(end: base + j)
        if bytes[j] == delimiter {
          i += 1
          state = .startField
        } else {
          return endRecord(bytes, at: &i, state: &state)
        }
      case .inQuotedField:
        var j = i
        while j < count {
          let byte = bytes[j]
          if byte == quote || byte == lf || byte == cr { break }
          j += 1
        }
        let valueSoFar =
          fieldIsUnescaped
          ? record.unescaped.count - unescapedStart + (base + j - segmentStart) : base + j - fieldStart - 1
        if valueSoFar > cap { return .error(fieldTooLong(bytes, quoted: true)) }
        i = j
        if j == count { break }
        let byte = bytes[j]
        i += 1
        if byte == quote {
          state = .quoteInQuotedField
        } else {
          line += 1
          lineStart = base + i
          if byte == cr { state = .crInQuotedField }
        }
      case .crInQuotedField:
        if bytes[i] == lf {
          lineStart = base + i + 1
          i += 1
        }
        state = .inQuotedField
      case .quoteInQuotedField:
        let byte = bytes[i]
        if byte == quote {
          // A doubled quote: copy the value so far, ending with one quote, into the unescaped buffer.
          if !fieldIsUnescaped {
            fieldIsUnescaped = true
            unescapedStart = record.unescaped.count
          }
          record.unescaped.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[(segmentStart - base)..<i]))
          i += 1
          segmentStart = base + i
          state = .inQuotedField
        } else if byte == delimiter || byte == lf || byte == cr {
          if let error = endQuotedField(bytes, closingQuote: base + i - 1) { return .error(error) }
          if byte == delimiter {
            i += 1
            state = .startField
          } else {
            return endRecord(bytes, at: &i, state: &state)
          }
        } else if !inputFinished && i + Self.scalarLength(leadByte: byte) > count {
          // The character after the quote is cut by the end of the chunk: wait for the rest of it, so the
          // error names the same character whatever the chunk sizes.
          return .needInput
        } else {
          state = .skipLine
          return .error(unexpectedByteAfterQuote(bytes, at: i))
        }
      case .skipLine:
        var j = i
        while j < count && bytes[j] != lf && bytes[j] != cr { j += 1 }
        i = j
        if j == count { break }
        line += 1
        lineStart = base + j + 1
        i += 1
        state = bytes[j] == cr ? .afterCR : .startRecord
      case .end:
        return .end
      }
    }
    guard inputFinished else { return .needInput }
    switch state {
    case .startRecord, .afterCR, .skipLine, .end:
      state = .end
      return .end
    case .startField:
      // A delimiter just before the end: one more, empty, field.
      fieldStart = base + count
      endUnquotedField(end: base + count)
      return endRecord(bytes, at: &i, state: &state)
    case .inField:
      endUnquotedField(end: base + count)
      return endRecord(bytes, at: &i, state: &state)
    case .quoteInQuotedField:
      if let error = endQuotedField(bytes, closingQuote: base + count - 1) { return .error(error) }
      return endRecord(bytes, at: &i, state: &state)
    case .inQuotedField, .crInQuotedField:
      return .error(unterminatedQuote(bytes))
    }
  }
}
