import CSV
import Domain

/// How a file's cells are read where their text alone cannot tell: each date column's day/month
/// order, and the decimal mark.
struct ColumnDecisions: Equatable, Sendable {
  var dayOrders: [Field: DayOrder]
  var decimalSeparator: AmountParser.DecimalSeparator
}

/// The evidence for a file's `ColumnDecisions`, gathered row by row from its date and number cells.
struct ColumnVotes: Sendable {
  private let header: [String]
  private let documented: DayOrder?
  private let dateColumns: [(field: Field, column: Int)]
  private let numberColumns: [Int]
  private let fallbackSeparator: AmountParser.DecimalSeparator
  private var dayOrders: [DayOrderVote]
  private var decimal = DecimalVote()

  /// Fields whose cells are numbers, for the decimal mark vote.
  private static let numberFields: [Field] = [.hours, .duration, .rate, .amount, .paidAmount, .balance]
  private static let dateFields: [Field] = [.date, .issueDate, .dueDate, .paidDate]

  init(format: RecognizedFormat, delimiter: UInt8) {
    header = format.header
    switch format.format.documentedDayOrder {
    case .none: documented = nil
    case .dmy: documented = .dmy
    case .mdy: documented = .mdy
    }
    dateColumns = Self.dateFields.compactMap { field in format.index(of: field).map { (field, $0) } }
    numberColumns = Self.numberFields.compactMap { format.index(of: $0) }
    fallbackSeparator = delimiter == UInt8(ascii: ";") ? .comma : .point
    dayOrders = Array(repeating: DayOrderVote(), count: dateColumns.count)
  }

  /// Counts the row's date and number cells. Costs a few comparisons per cell once a column's
  /// order is settled and the marks are mixed.
  mutating func count(_ row: CSVRecordView, file: String) {
    for (slot, (_, column)) in dateColumns.enumerated() where !dayOrders[slot].isSettled && column < row.count {
      let bytes = row.field(column)
      // Only a date with a slash can vote (`DateText.slashed`).
      guard bytes.contains(UInt8(ascii: "/")) else { continue }
      let cell = String(decoding: bytes, as: UTF8.self)
      let value: DateText
      do {
        value = try DateText.plain(bytes) ?? DateText.parse(cell)
      } catch {
        continue  // not a date: no evidence (the row's reading says what is wrong with it)
      }
      dayOrders[slot].count(value, text: cell, at: SourcePosition(row.position(ofField: column), file: file))
    }
    for column in numberColumns where !decimal.isMixed && column < row.count {
      decimal.count(row.field(column))
    }
  }

  /// Adds the evidence of a later part of the file, whose lines are numbered `lineOffset` on.
  mutating func append(_ later: ColumnVotes, lineOffset: Int) {
    for slot in dayOrders.indices {
      var vote = later.dayOrders[slot]
      vote.shiftLines(by: lineOffset)
      dayOrders[slot].append(vote)
    }
    decimal.append(later.decimal)
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
        return .mdy  // not settled yet: the reading's own votes decide at its end
      }
    }
  }

  private func decisions<Failure: Error>(
    _ order: (DayOrderVote, String) throws(Failure) -> DayOrder?
  ) throws(Failure) -> ColumnDecisions {
    var orders: [Field: DayOrder] = [:]
    for (slot, (field, column)) in dateColumns.enumerated() {
      if let found = try order(dayOrders[slot], header[column]) { orders[field] = found }
    }
    return ColumnDecisions(dayOrders: orders, decimalSeparator: decimal.decide(fallback: fallbackSeparator))
  }
}

extension SourcePosition {
  /// A CSV position in `file`.
  init(_ position: CSVPosition, file: String) {
    self.init(file: file, line: position.line, column: position.column)
  }
}
