import CSV
import Domain

/// How a file's cells are read where their text alone cannot tell: each date column's day/month
/// order, and the decimal mark.
struct ColumnDecisions: Equatable {
  var dayOrders: [Field: DayOrder]
  var decimalSeparator: AmountParser.DecimalSeparator
}

/// The evidence for a file's `ColumnDecisions`, gathered row by row from its date and number cells.
struct ColumnVotes {
  private let format: RecognizedFormat
  private let dateColumns: [(field: Field, column: Int)]
  private let numberColumns: [Int]
  private let fallbackSeparator: AmountParser.DecimalSeparator
  private var dayOrders: [DayOrderVote]
  private var decimal = DecimalVote()
  // A date vote only needs the first row with each value (the first position of each kind of
  // evidence), so a date seen before is passed over without being read again.
  private var seenDates: [ByteKeyedTable<Void>]
  /// The date slots and number columns a record read in place is counted for (`count(_:)`): all,
  /// unless some are passed over (`passOver(remembered:)`).
  private var inPlaceDateSlots: [Int]
  private var inPlaceNumberColumns: [Int]

  /// Fields whose cells are numbers, for the decimal mark vote.
  private static let numberFields: [Field] = [.hours, .duration, .rate, .amount, .paidAmount, .balance]
  private static let dateFields: [Field] = [.date, .issueDate, .dueDate, .paidDate]

  init(layout: Layout) {
    format = layout.format
    dateColumns = Self.dateFields.compactMap { field in layout.format.index(of: field).map { (field, $0) } }
    numberColumns = Self.numberFields.compactMap { layout.format.index(of: $0) }
    fallbackSeparator = layout.dialect.delimiter == UInt8(ascii: ";") ? .comma : .point
    dayOrders = Array(repeating: DayOrderVote(), count: dateColumns.count)
    seenDates = Array(repeating: ByteKeyedTable(), count: dateColumns.count)
    inPlaceDateSlots = Array(dateColumns.indices)
    inPlaceNumberColumns = numberColumns
  }

  /// Leaves `columns` out of the counting of records read in place: the caller takes such a record
  /// only when each of these cells is among the file's remembered conversions (`TimeShortcut`), and
  /// a remembered cell was counted when the row it was first converted from was (and a cell seen
  /// again adds no evidence: a date votes with its first row, a number with whether a mark shows).
  mutating func passOver(remembered columns: [Int]) {
    inPlaceDateSlots.removeAll { columns.contains(dateColumns[$0].column) }
    inPlaceNumberColumns.removeAll { columns.contains($0) }
  }

  mutating func count(_ row: RecordRow) {
    for (slot, (_, column)) in dateColumns.enumerated() where !dayOrders[slot].isSettled {
      let isNew = row.withBytes(column) { Self.mayVote(date: $0) && seenDates[slot].insert($0, value: ()) }
      guard isNew else { continue }
      let cell = row.text(column)
      guard let value = try? DateText.parse(cell) else { continue }
      dayOrders[slot].count(value, text: cell, at: row.position(column))
    }
    for column in numberColumns where !decimal.isMixed {
      row.withBytes(column) { decimal.count($0) }
    }
  }

  /// Counts a record read in place as `count(_:)` would, apart from the columns passed over; false,
  /// having counted nothing of its dates, when the record must be counted as a row (a date that
  /// votes needs its position).
  mutating func count(_ record: InPlaceRecord) -> Bool {
    for slot in inPlaceDateSlots where !dayOrders[slot].isSettled {
      let column = dateColumns[slot].column
      guard column < record.fieldCount, let bytes = record.field(column) else { return false }
      if Self.mayVote(date: bytes) && seenDates[slot].value(for: bytes) == nil { return false }
    }
    for column in inPlaceNumberColumns where !decimal.isMixed {
      guard column < record.fieldCount, let bytes = record.field(column) else { return false }
      decimal.count(bytes)
    }
    return true
  }

  // Only a date with a slash can vote (`DateText.slashed`): other cells are passed over without a
  // lookup.
  private static func mayVote(date bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    bytes.contains(UInt8(ascii: "/"))
  }

  /// Adds the evidence of a later part of the file, as if its rows had been counted here.
  mutating func append(_ later: ColumnVotes) {
    for slot in dayOrders.indices { dayOrders[slot].append(later.dayOrders[slot]) }
    decimal.append(later.decimal)
  }

  mutating func shiftLines(by offset: Int) {
    for slot in dayOrders.indices { dayOrders[slot].shiftLines(by: offset) }
  }

  /// The decisions the values settle, or the error that says why they cannot be read.
  func decide(options: ImportOptions) throws(ImportError) -> ColumnDecisions {
    try decisions { vote, column throws(ImportError) in
      try vote.decide(column: column, documented: documented, setting: options.dateOrder)
    }
  }

  /// The decisions the values so far point to, for reading on before the rest is seen; where they
  /// cannot settle an order yet, month-first (what a date is read as when no order is known).
  func guess(options: ImportOptions) -> ColumnDecisions {
    decisions { vote, column in
      do {
        return try vote.decide(column: column, documented: documented, setting: options.dateOrder)
      } catch {
        return .mdy
      }
    }
  }

  /// Each date column's order as `order` reads its vote (given the column's header name), and the
  /// decimal mark.
  private func decisions<Failure: Error>(
    _ order: (DayOrderVote, String) throws(Failure) -> DayOrder?
  ) throws(Failure) -> ColumnDecisions {
    var orders: [Field: DayOrder] = [:]
    for (slot, (field, column)) in dateColumns.enumerated() {
      if let found = try order(dayOrders[slot], format.header[column]) { orders[field] = found }
    }
    return ColumnDecisions(dayOrders: orders, decimalSeparator: decimal.decide(fallback: fallbackSeparator))
  }

  private var documented: DayOrder? {
    switch format.format.documentedDayOrder {
    case .none: nil
    case .dmy: .dmy
    case .mdy: .mdy
    }
  }
}
