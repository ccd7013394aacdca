import CSV
import Domain

/// Everything one reading of a file is done with, decided once before its first row: its
/// layout (delimiter, header, format), the day orders and decimal mark of its cells, and the
/// settings the rows need. Every part of the file is read with the same plan.
struct ReadPlan: Sendable {
  let file: String
  let dialect: CSVDialect
  let format: RecognizedFormat
  /// Bytes before the first record (an Excel `sep=` line).
  let skip: Int
  /// The record number of the header (1 unless a title preamble precedes it), and its line.
  let headerRecord: Int
  let headerLine: Int
  let decisions: ColumnDecisions
  /// The day order of each date field, and the currency a header names for each field
  /// (`Amount (USD)`), by `Field.ordinal`: asked for every row, so no hashing.
  let dayOrders: [DayOrder?]
  let headerCurrencies: [Currency?]
  let options: ImportOptions

  init(layout: Layout, decisions: ColumnDecisions, file: String, options: ImportOptions) {
    self.file = file
    dialect = layout.dialect
    format = layout.format
    skip = layout.skip
    headerRecord = layout.headerRecord
    headerLine = layout.headerLine
    self.decisions = decisions
    var orders = [DayOrder?](repeating: nil, count: Field.allCases.count)
    for (field, order) in decisions.dayOrders { orders[field.ordinal] = order }
    dayOrders = orders
    var currencies = [Currency?](repeating: nil, count: Field.allCases.count)
    for (field, currency) in layout.format.headerCurrencies { currencies[field.ordinal] = currency }
    headerCurrencies = currencies
    self.options = options
  }

  /// The column of `field` in the header, if the file has one.
  @inline(__always)
  func column(_ field: Field) -> Int? { format.index(of: field) }

  /// True when each row of the format is read on its own (nothing carried from row to row), so
  /// the rows can be read in parts, each part apart.
  var rowsStandAlone: Bool {
    guard !format.format.groupedRows else { return false }
    switch format.format.conversion {
    case .standard, .perRow: return true
    case .acrossRows: return false
    }
  }
}

/// The file's delimiter, header line and recognised format.
struct Layout: Sendable {
  var dialect: CSVDialect
  var format: RecognizedFormat
  var skip: Int
  var headerRecord: Int
  var headerLine: Int
}
