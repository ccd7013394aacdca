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

  // The tables are read for every cell of every row, and only ever from the one thread reading
  // the file (or its part); no access overlaps another of the same table, so the run-time
  // exclusivity check each access would otherwise make (measured: 8 % of a large time file's CPU)
  // is left out.

  /// One memo per column of the header, for each kind of value.
  @exclusivity(unchecked) var days: [ConversionMemo<Day>]
  @exclusivity(unchecked) var amounts: [ConversionMemo<AmountParser.Amount>]
  @exclusivity(unchecked) var durations: [ConversionMemo<Int64>]
  @exclusivity(unchecked) var billables: [ConversionMemo<Bool>]
  /// Status cells → the status they read as (a handful of words over thousands of invoices).
  @exclusivity(unchecked) var statuses = ByteKeyedTable<InvoiceStatus>()
  /// Client cells → an index in `spellings`.
  @exclusivity(unchecked) var clients = ByteKeyedTable<Int>()
  /// Each client spelling seen (trimmed), its key and how many rows used it.
  @exclusivity(unchecked) var spellings: [(spelling: String, key: ClientKey, rows: Int)] = []

  init(format: RecognizedFormat, decisions: ColumnDecisions) {
    self.format = format
    self.dayOrders = decisions.dayOrders
    self.decimalSeparator = decisions.decimalSeparator
    let columns = format.header.count
    days = Array(repeating: ConversionMemo(), count: columns)
    amounts = Array(repeating: ConversionMemo(), count: columns)
    durations = Array(repeating: ConversionMemo(), count: columns)
    billables = Array(repeating: ConversionMemo(), count: columns)
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
