/// Where one field of a record lies: its first byte (the opening quote when quoted) and its value,
/// as offsets from the record's first byte, or in the reader's buffer of unescaped values when
/// the field held doubled quotes.
@usableFromInline struct FieldSpan: Sendable, Hashable {
  var rawStart = 0
  @usableFromInline var valueStart = 0
  @usableFromInline var valueEnd = 0
  var isQuoted = false
  @usableFromInline var isUnescaped = false
}

/// One record as ``CSVReader/readRecords(_:)`` hands it over: its bytes where they lie in the
/// reader's buffer, and where each field's value is. Nothing is copied; the view is valid only
/// inside the call that hands it over (copy it with ``CSVRecord/init(_:)`` to keep it).
public struct CSVRecordView {
  /// The 1-based record number, counting every record from the first (the header is record 1).
  public let number: Int
  /// The 1-based line the record starts on.
  public let startLine: Int
  /// The byte offset of the record's first byte in the reader's input.
  public let startByteOffset: Int
  /// The number of fields.
  public let count: Int
  /// The record's bytes, from its first byte to the last before its line break.
  @usableFromInline let raw: UnsafeBufferPointer<UInt8>
  @usableFromInline let spans: UnsafeBufferPointer<FieldSpan>
  @usableFromInline let unescaped: UnsafeBufferPointer<UInt8>

  /// A view of no record (no fields), to stand in before the first.
  public init() {
    self.init(
      number: 0, startLine: 0, startByteOffset: 0, raw: UnsafeBufferPointer(start: nil, count: 0),
      spans: UnsafeBufferPointer(start: nil, count: 0), unescaped: UnsafeBufferPointer(start: nil, count: 0))
  }

  init(
    number: Int, startLine: Int, startByteOffset: Int, raw: UnsafeBufferPointer<UInt8>,
    spans: UnsafeBufferPointer<FieldSpan>, unescaped: UnsafeBufferPointer<UInt8>
  ) {
    self.number = number
    self.startLine = startLine
    self.startByteOffset = startByteOffset
    self.raw = raw
    self.count = spans.count
    self.spans = spans
    self.unescaped = unescaped
  }

  /// The value bytes of field `index` (0-based, `< count`), unescaped.
  @inlinable @inline(__always)
  public func field(_ index: Int) -> UnsafeBufferPointer<UInt8> {
    let span = spans[index]
    let storage = span.isUnescaped ? unescaped : raw
    return UnsafeBufferPointer(rebasing: storage[span.valueStart..<span.valueEnd])
  }

  /// True when field `index` was written in quotes.
  public func isQuoted(_ index: Int) -> Bool { spans[index].isQuoted }

  /// The full position of field `index`'s first byte (its opening quote when quoted); the column
  /// is worked out now, so reading never counts characters.
  public func position(ofField index: Int) -> CSVPosition {
    position(atRawOffset: spans[index].rawStart)
  }

  /// The position just after the last byte of the record: where a missing field would start.
  public var endPosition: CSVPosition { position(atRawOffset: raw.count) }

  func position(atRawOffset offset: Int) -> CSVPosition {
    CSVPosition.locate(offset, in: raw, startLine: startLine, record: number, baseOffset: startByteOffset)
  }
}
