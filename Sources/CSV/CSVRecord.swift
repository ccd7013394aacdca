/// One record (row) of a CSV file, reused by ``CSVReader`` from row to row so reading allocates almost
/// nothing after the first rows.
///
/// Storage is the record's raw bytes exactly as in the input (one contiguous buffer) plus, per field, where
/// its value lies: a slice of the raw bytes for unquoted fields and for quoted fields without doubled
/// quotes, or a slice of a second buffer holding the unescaped value when a field contained `""`.
/// A field's bytes are available without making a `String`; ``string(at:)`` makes one on demand.
public struct CSVRecord: Sendable, Hashable {
  /// Where one field's value lies, and where the field starts in the raw bytes.
  struct Field: Sendable, Hashable {
    /// Offset in `raw` of the field's first byte (its opening quote when quoted).
    var rawStart: Int
    /// Value bounds, in `raw` or (when `isUnescaped`) in `unescaped`.
    var valueStart: Int
    var valueEnd: Int
    /// The value lives in `unescaped` because the field had doubled quotes.
    var isUnescaped: Bool
    /// The field was written in quotes.
    var isQuoted: Bool
  }

  /// The record's bytes from its first byte to the last byte before its terminator.
  var raw: [UInt8] = []
  /// Unescaped values of quoted fields that contained doubled quotes.
  var unescaped: [UInt8] = []
  var fields: [Field] = []

  /// The 1-based record number, counting every record from the first (the header is record 1).
  ///
  /// A record dropped after a recoverable error still used up its number, so numbers follow the file.
  public internal(set) var number: Int = 0
  /// The 1-based line the record starts on.
  public internal(set) var startLine: Int = 0
  /// The byte offset of the record's first byte in the reader's input.
  public internal(set) var startByteOffset: Int = 0

  /// Creates an empty record (no fields).
  public init() {}

  /// The number of fields.
  public var count: Int { fields.count }

  /// Calls `body` with the bytes of field `index` (0-based, must be `< count`), without copying them.
  ///
  /// The buffer is only valid inside `body`.
  public func withField<Result, Failure: Error>(
    _ index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws(Failure) -> Result
  ) throws(Failure) -> Result {
    let field = fields[index]
    let storage = field.isUnescaped ? unescaped : raw
    // Typed throws do not pass through withUnsafeBufferPointer's rethrows yet, so carry the outcome out.
    let outcome: Swift.Result<Result, Failure> = storage.withUnsafeBufferPointer { buffer in
      let slice = UnsafeBufferPointer(rebasing: buffer[field.valueStart..<field.valueEnd])
      do throws(Failure) { return .success(try body(slice)) } catch { return .failure(error) }
    }
    return try outcome.get()
  }

  /// The bytes of field `index` as an array slice (shares storage; no copy).
  public func bytes(at index: Int) -> ArraySlice<UInt8> {
    let field = fields[index]
    return (field.isUnescaped ? unescaped : raw)[field.valueStart..<field.valueEnd]
  }

  /// The value of field `index` as a `String` (the input is UTF-8, so this only copies).
  public func string(at index: Int) -> String {
    withField(index) { String(decoding: $0, as: UTF8.self) }
  }

  /// Every field as a `String`; convenient for headers and tests, not for the reading loop.
  public var strings: [String] { (0..<count).map(string(at:)) }

  /// True when field `index` has no bytes (`,,` and `,"",` alike).
  public func isEmptyField(at index: Int) -> Bool {
    fields[index].valueStart == fields[index].valueEnd
  }

  /// True when field `index` was written in quotes.
  public func isQuoted(at index: Int) -> Bool { fields[index].isQuoted }
}
