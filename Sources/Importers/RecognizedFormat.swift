import Domain

/// A format matched to one file's header: where each field's column is.
public struct RecognizedFormat: Sendable {
  public var format: ExportFormat
  /// Field → 0-based column index.
  public var columns: [Field: Int]
  /// The header cells as written, for messages (`column 'Amount'`).
  public var header: [String]
  /// Currencies named inside header cells, such as `Amount (USD)`, by the field they belong to.
  public var headerCurrencies: [Field: Currency] = [:]

  public func index(of field: Field) -> Int? { columns[field] }

  /// The header text of a field's column.
  public func headerName(of field: Field) -> String {
    columns[field].map { header[$0] } ?? field.rawValue
  }
}
