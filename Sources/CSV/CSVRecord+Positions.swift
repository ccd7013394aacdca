extension CSVRecord {
  /// The byte offset, in the reader's input, of the first byte of field `index` (its opening quote when
  /// quoted). Cheap: no scanning.
  public func byteOffset(ofField index: Int) -> Int {
    startByteOffset + fields[index].rawStart
  }

  /// The 1-based line on which field `index` starts; later than ``startLine`` after a quoted field that
  /// holds line breaks.
  public func line(ofField index: Int) -> Int {
    lineAndStart(before: fields[index].rawStart).line
  }

  /// The full position of field `index`'s first byte: line, column (in Unicode scalars), byte offset
  /// and record number.
  ///
  /// The column is worked out here, on request, by decoding the start of that line from the record's raw
  /// bytes, so reading records never counts characters.
  public func position(ofField index: Int) -> CSVPosition {
    position(atRawOffset: fields[index].rawStart)
  }

  /// The position just after the last byte of the record: where a missing field would start.
  public var endPosition: CSVPosition { position(atRawOffset: raw.count) }

  private func position(atRawOffset offset: Int) -> CSVPosition {
    let (line, lineStart) = lineAndStart(before: offset)
    let column = raw.withUnsafeBufferPointer { CSVPosition.column(of: offset, lineStart: lineStart, in: $0) }
    return CSVPosition(line: line, column: column, byteOffset: startByteOffset + offset, record: number)
  }

  /// The line of raw offset `offset` and the raw offset where that line starts; a record always begins
  /// at the start of a line, and CR, LF and CRLF each end one line.
  private func lineAndStart(before offset: Int) -> (line: Int, start: Int) {
    var line = startLine
    var lineStart = 0
    var index = 0
    while index < offset {
      let byte = raw[index]
      if byte == 0x0A || (byte == 0x0D && (index + 1 >= raw.count || raw[index + 1] != 0x0A)) {
        line += 1
        lineStart = index + 1
      }
      index += 1
    }
    return (line, lineStart)
  }
}
