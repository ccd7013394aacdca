import Domain

/// What every row of one file is read with: its format, the decisions taken for the whole file,
/// and the conversions of its cells, remembered per column by the cell's bytes.
///
/// A cell's conversion depends only on its bytes and on the file-wide decisions (day order,
/// decimal mark), so a remembered result — a value or the problem it raised — is exactly the one
/// that converting again would give. Columns such as client, date, duration and billable repeat
/// a few hundred values over a million rows; each is converted once. (A class, so that the
/// `CellReader` made for each row carries one reference rather than copies of all this.)
final class FileCells {
  let format: RecognizedFormat
  let dayOrders: [Field: DayOrder]
  let decimalSeparator: AmountParser.DecimalSeparator

  typealias Table<Value> = ByteKeyedTable<Result<Value?, RowProblem>>

  /// One table per column of the header, for each kind of value.
  var days: [Table<Day>]
  var amounts: [Table<AmountParser.Amount>]
  var durations: [Table<Int64>]
  var billables: [Table<Bool>]
  /// Status cells → the status they read as (a handful of words over thousands of invoices).
  var statuses = ByteKeyedTable<InvoiceStatus>()
  /// Client cells → an index in `spellings`.
  var clients = ByteKeyedTable<Int>()
  /// Each client spelling seen (trimmed), its key and how many rows used it.
  var spellings: [(spelling: String, key: ClientKey, rows: Int)] = []

  init(format: RecognizedFormat, decisions: ColumnDecisions) {
    self.format = format
    self.dayOrders = decisions.dayOrders
    self.decimalSeparator = decisions.decimalSeparator
    let columns = format.header.count
    days = Array(repeating: Table(), count: columns)
    amounts = Array(repeating: Table(), count: columns)
    durations = Array(repeating: Table(), count: columns)
    billables = Array(repeating: Table(), count: columns)
  }

  /// The value `table` holds for `bytes`, converted with `convert` the first time they are seen.
  static func value<Value>(
    in table: inout Table<Value>, for bytes: UnsafeBufferPointer<UInt8>,
    convert: () throws(RowProblem) -> Value?
  ) throws(RowProblem) -> Value? {
    try table.value(for: bytes) { _ in
      do throws(RowProblem) { return .success(try convert()) } catch { return .failure(error) }
    }.get()
  }

  /// Takes in the spellings a later part of the file saw, with their row counts; returns the
  /// number here of each of the later part's spellings.
  func adoptSpellings(of later: FileCells) -> [Int] {
    var numbers: [String: Int] = [:]
    for (number, entry) in spellings.enumerated() { numbers[entry.spelling] = number }
    return later.spellings.map { entry in
      let number = numbers[entry.spelling] ?? spellings.count
      if number == spellings.count {
        spellings.append((entry.spelling, entry.key, 0))
        numbers[entry.spelling] = number
      }
      spellings[number].rows += entry.rows
      return number
    }
  }

  /// True when no two spellings seen name the same client.
  var oneSpellingPerClient: Bool {
    Set(spellings.map(\.key)).count == spellings.count
  }

  /// Tells the directory how often each spelling was seen, so the name shown is the most used one.
  func recordSpellings(in clients: inout ClientDirectory) {
    for entry in spellings { clients.record(entry.spelling, as: entry.key, times: entry.rows) }
  }
}
