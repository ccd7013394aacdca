import CSV
import Domain

/// A CSV record seen as a `Row`: cells become strings only when a converter asks for them, and
/// positions (with their character column) are worked out only for a diagnostic.
struct RecordRow: Row {
  let record: CSVRecord
  let file: String

  var fieldCount: Int { record.count }

  func text(_ column: Int) -> String {
    column < record.count ? record.string(at: column) : ""
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
