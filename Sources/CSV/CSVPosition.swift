/// Where something is in a CSV file: 1-based line and column, byte offset and record number.
///
/// - `line` counts CR, LF and CRLF as one line break each, including breaks inside quoted fields, so it
///   matches what an editor shows.
/// - `column` is 1-based and counts Unicode scalars from the start of that line (not bytes), because
///   spreadsheet users think in characters.
/// - `byteOffset` is 0-based into the reader's input: the decoded UTF-8 text (after a BOM is stripped or
///   UTF-16 / Windows-1252 is transcoded), so it equals the file offset only for plain UTF-8 files.
/// - `record` is the 1-based number of the data record (the header is record 1); 0 when the position is
///   found before any record is read (encoding problems).
public struct CSVPosition: Sendable, Hashable, CustomStringConvertible {
  /// 1-based physical line.
  public var line: Int
  /// 1-based column in Unicode scalars of that line.
  public var column: Int
  /// 0-based byte offset into the reader's input.
  public var byteOffset: Int
  /// 1-based record number, or 0 when not inside a record.
  public var record: Int

  /// Creates a position from its parts.
  public init(line: Int, column: Int, byteOffset: Int, record: Int) {
    self.line = line
    self.column = column
    self.byteOffset = byteOffset
    self.record = record
  }

  /// `line:column`, the form diagnostics print after the file name.
  public var description: String { "\(line):\(column)" }
}

extension CSVPosition {
  /// Finds the line and column of `offset` by scanning `text` from `start` (which is at line `startLine`).
  ///
  /// Only called when a diagnostic is made, so the reading loop itself never counts columns.
  /// With `bytesAreScalars` each byte is one character (Windows-1252); otherwise UTF-8 continuation bytes
  /// do not count.
  static func locate(
    _ offset: Int, in text: UnsafeBufferPointer<UInt8>, from start: Int = 0, startLine: Int = 1,
    bytesAreScalars: Bool = false, record: Int = 0, baseOffset: Int = 0
  ) -> CSVPosition {
    var line = startLine
    var lineStart = start
    var index = start
    while index < offset {
      let byte = text[index]
      if byte == 0x0A || (byte == 0x0D && (index + 1 >= text.count || text[index + 1] != 0x0A)) {
        line += 1
        lineStart = index + 1
      }
      index += 1
    }
    let column = Self.column(of: offset, lineStart: lineStart, in: text, bytesAreScalars: bytesAreScalars)
    return CSVPosition(line: line, column: column, byteOffset: baseOffset + offset, record: record)
  }

  /// The 1-based column of `offset` on the line starting at `lineStart`.
  static func column(
    of offset: Int, lineStart: Int, in text: UnsafeBufferPointer<UInt8>, bytesAreScalars: Bool = false
  ) -> Int {
    if bytesAreScalars { return offset - lineStart + 1 }
    var column = 1
    var index = lineStart
    while index < offset {
      if text[index] & 0xC0 != 0x80 { column += 1 }
      index += 1
    }
    return column
  }
}
