/// How a file was read: for `--verbose`, and for the tests that hold every format to the
/// engine's fast way (read in two parts when large, cells read from their bytes, read once).
public struct ReadStatistics: Sendable, Equatable {
  public var path: String
  /// Rows the second of two parts read at once (0: the file was read in one pass).
  public var rowsInLaterPart = 0
  /// Why the file was read again, one reason for each reading after the first.
  public var rereads: [String] = []
  /// Cells read straight from their bytes, and cells the general text readers took (each
  /// distinct text once per part).
  public var plainCells = 0
  public var generalCells = 0

  public init(path: String) {
    self.path = path
  }
}

extension String {
  static func noHeaderInFirstChunk(_ bytes: Int) -> String {
    "no known header in the first \(bytes) bytes: read again whole"
  }

  static let notPlainUTF8 = "a later chunk is not plain UTF-8: read again whole, decoded at once"

  static let cutInsideRecord =
    "the cut for reading in two parts fell inside a quoted field: read again in one pass"

  /// The decisions the first chunk suggested and the ones the whole file's values settle.
  static func decisionsChanged(from guess: ColumnDecisions, to settled: ColumnDecisions, format: RecognizedFormat)
    -> String
  {
    var changes: [String] = []
    for (field, order) in settled.dayOrders.sorted(by: { $0.key.ordinal < $1.key.ordinal })
    where guess.dayOrders[field] != order {
      changes.append("column '\(format.headerName(of: field))' is \(order == .dmy ? "day" : "month")-first")
    }
    if guess.decimalSeparator != settled.decimalSeparator {
      changes.append("the decimal mark is a \(settled.decimalSeparator == .comma ? "comma" : "point")")
    }
    return changes.joined(separator: " and ") + ", not as the first chunk suggested: read again"
  }
}
