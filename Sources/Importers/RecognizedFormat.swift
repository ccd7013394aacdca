import Domain

/// A format matched to one file's header: where each field's column is.
public struct RecognizedFormat: Sendable {
  public var format: ExportFormat
  /// Field → 0-based column index.
  public var columns: [Field: Int] {
    didSet { indexByField = Self.indexTable(columns) }
  }
  /// The same, as an array by `Field` ordinal: asked several times for every row, so no hashing.
  private var indexByField: [Int?]
  /// The header cells as written, for messages (`column 'Amount'`).
  public var header: [String]
  /// Currencies named inside header cells, such as `Amount (USD)`, by the field they belong to.
  public var headerCurrencies: [Field: Currency] = [:]

  public init(format: ExportFormat, columns: [Field: Int], header: [String]) {
    self.format = format
    self.columns = columns
    self.header = header
    indexByField = Self.indexTable(columns)
  }

  public func index(of field: Field) -> Int? { indexByField[field.ordinal] }

  private static func indexTable(_ columns: [Field: Int]) -> [Int?] {
    var table = [Int?](repeating: nil, count: Field.allCases.count)
    for (field, index) in columns { table[field.ordinal] = index }
    return table
  }

  /// The header text of a field's column.
  public func headerName(of field: Field) -> String {
    columns[field].map { header[$0] } ?? field.rawValue
  }
}
