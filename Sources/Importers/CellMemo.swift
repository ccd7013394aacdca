import Domain

/// The conversions of one file's cells, remembered per column by the cell's bytes.
///
/// A cell's conversion depends only on its bytes and on what was decided for the whole file
/// (day order, decimal mark), so a remembered result — a value or the problem it raised — is
/// exactly the one that converting again would give. Columns such as client, date, duration and
/// billable repeat a few hundred values over a million rows; each is converted once.
final class CellMemo {
  typealias Table<Value> = ByteKeyedTable<Result<Value?, RowProblem>>

  /// One table per column of the header, for each kind of value.
  var days: [Table<Day>]
  var amounts: [Table<AmountParser.Amount>]
  var durations: [Table<Int64>]
  var billables: [Table<Bool>]
  /// Client cells → an index in `spellings`.
  var clients = ByteKeyedTable<Int>()
  /// Each client spelling seen (trimmed), its key and how many rows used it.
  var spellings: [(spelling: String, key: ClientKey, rows: Int)] = []

  init(columns: Int) {
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

  /// Tells the directory how often each spelling was seen, so the name shown is the most used one.
  func recordSpellings(in clients: inout ClientDirectory) {
    for entry in spellings { clients.record(entry.spelling, as: entry.key, times: entry.rows) }
  }
}
