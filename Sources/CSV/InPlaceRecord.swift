/// A record read where it lies in the reader's buffer (see ``CSVReader/readInPlace(_:)``): its
/// number, first line and fields, without a copy. Valid only inside the call that hands it over.
public struct InPlaceRecord {
  /// The 1-based record number, as ``CSVRecord/number`` counts it.
  public let number: Int
  /// The 1-based line the record starts on.
  public let startLine: Int
  /// The number of fields.
  public let fieldCount: Int
  /// The record's first byte.
  @usableFromInline let start: UnsafePointer<UInt8>
  /// Each field's value start and end, as offsets from `start`.
  @usableFromInline let bounds: UnsafePointer<Int>
  /// Bit `i`: field `i` holds doubled quotes, so its bytes are not its value.
  @usableFromInline let escaped: UInt64

  /// The value bytes of field `index` (0-based, `< fieldCount`); nil when the field held doubled
  /// quotes, whose value only ``CSVReader/nextRecord()`` unescapes.
  @inlinable
  public func field(_ index: Int) -> UnsafeBufferPointer<UInt8>? {
    guard escaped & (1 << UInt64(index)) == 0 else { return nil }
    let from = bounds[2 * index]
    return UnsafeBufferPointer(start: start + from, count: bounds[2 * index + 1] - from)
  }
}
