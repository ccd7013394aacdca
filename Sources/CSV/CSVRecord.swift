/// One record (row) of a CSV file, copied out of the reader: for a header, a test, or any record
/// kept beyond the call that read it. The reading loop itself uses ``CSVRecordView``.
///
/// Storage is the record's raw bytes exactly as in the input plus, per field, where its value
/// lies: a slice of the raw bytes, or of a second buffer holding the unescaped value when a field
/// contained `""`. ``string(at:)`` makes a `String` on demand.
public struct CSVRecord: Sendable, Hashable {
  /// The record's bytes from its first byte to the last byte before its terminator.
  var raw: [UInt8] = []
  /// Unescaped values of quoted fields that contained doubled quotes.
  var unescaped: [UInt8] = []
  var fields: [FieldSpan] = []

  /// The 1-based record number, counting every record from the first (the header is record 1).
  ///
  /// A record dropped after a recoverable error still used up its number, so numbers follow the file.
  public private(set) var number: Int = 0
  /// The 1-based line the record starts on.
  public private(set) var startLine: Int = 0
  /// The byte offset of the record's first byte in the reader's input.
  public private(set) var startByteOffset: Int = 0

  /// Creates an empty record (no fields).
  public init() {}

  /// A copy of the record `view` shows.
  public init(_ view: CSVRecordView) {
    raw = Array(view.raw)
    unescaped = Array(view.unescaped)
    fields = Array(view.spans)
    number = view.number
    startLine = view.startLine
    startByteOffset = view.startByteOffset
  }

  /// The number of fields.
  public var count: Int { fields.count }

  /// The bytes of field `index` as an array slice (shares storage; no copy).
  public func bytes(at index: Int) -> ArraySlice<UInt8> {
    let field = fields[index]
    return (field.isUnescaped ? unescaped : raw)[field.valueStart..<field.valueEnd]
  }

  /// The value of field `index` as a `String` (the input is UTF-8, so this only copies).
  public func string(at index: Int) -> String {
    String(decoding: bytes(at: index), as: UTF8.self)
  }

  /// Every field as a `String`.
  public var strings: [String] { (0..<count).map(string(at:)) }

  /// True when field `index` was written in quotes.
  public func isQuoted(at index: Int) -> Bool { fields[index].isQuoted }

  /// The byte offset, in the reader's input, of the first byte of field `index`.
  public func byteOffset(ofField index: Int) -> Int {
    startByteOffset + fields[index].rawStart
  }

  /// The full position of field `index`'s first byte: line, column (in Unicode scalars), byte
  /// offset and record number, worked out on request.
  public func position(ofField index: Int) -> CSVPosition {
    position(atRawOffset: fields[index].rawStart)
  }

  /// The position just after the last byte of the record: where a missing field would start.
  public var endPosition: CSVPosition { position(atRawOffset: raw.count) }

  private func position(atRawOffset offset: Int) -> CSVPosition {
    raw.withUnsafeBufferPointer {
      CSVPosition.locate(offset, in: $0, startLine: startLine, record: number, baseOffset: startByteOffset)
    }
  }
}
