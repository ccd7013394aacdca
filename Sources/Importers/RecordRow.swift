import CSV
import Domain

/// One data row as the converters see it: a CSV record whose cells become strings only when a
/// converter asks for them, and whose positions (with their character column) are worked out
/// only for a diagnostic.
struct RecordRow {
  /// The record and the file's path behind one reference, so that passing a row around counts
  /// one reference rather than four.
  final class Source {
    var record: CSVRecord
    let file: String

    init(record: CSVRecord, file: String) {
      self.record = record
      self.file = file
    }
  }

  let source: Source

  init(record: CSVRecord, file: String) {
    source = Source(record: record, file: file)
  }

  init(_ source: Source) {
    self.source = source
  }

  var record: CSVRecord { source.record }
  var file: String { source.file }

  var fieldCount: Int { record.count }

  func text(_ column: Int) -> String {
    column < record.count ? record.string(at: column) : ""
  }

  /// Calls `body` with the cell's bytes (none for a column past the row's end), without copying.
  func withBytes<Result, Failure: Error>(
    _ column: Int, _ body: (UnsafeBufferPointer<UInt8>) throws(Failure) -> Result
  ) throws(Failure) -> Result {
    guard column < record.count else { return try body(UnsafeBufferPointer(start: nil, count: 0)) }
    // Through the array slice rather than CSVRecord's generic `withField`, which is not
    // specialised across the module boundary and would cost a metadata lookup per cell.
    let outcome: Swift.Result<Result, Failure> = record.bytes(at: column).withUnsafeBufferPointer { bytes in
      do throws(Failure) { return .success(try body(bytes)) } catch { return .failure(error) }
    }
    return try outcome.get()
  }

  /// True when the cell is empty or only white space.
  func isBlank(_ column: Int) -> Bool {
    withBytes(column) { bytes in
      for byte in bytes where byte != 0x20 && byte != 0x09 {
        // Only these bytes can start other white space (line breaks in quotes, U+0085, U+00A0,
        // U+1680, U+2000–U+205F, U+3000): ask Unicode then, and not for any other byte.
        let mayBeSpace = byte < 0x20 || byte == 0xC2 || byte == 0xE1 || byte == 0xE2 || byte == 0xE3
        return mayBeSpace ? text(column).trimmedCell().isEmpty : false
      }
      return true
    }
  }

  func position(_ column: Int) -> SourcePosition {
    let index = min(column, max(record.count - 1, 0))
    var position = record.position(ofField: index)
    // A missing cell is reported just past the row's last field.
    if column >= record.count, record.count > 0 {
      position.column += record.string(at: index).unicodeScalars.count + 1
    }
    return SourcePosition(file: file, line: position.line, column: position.column)
  }
}
