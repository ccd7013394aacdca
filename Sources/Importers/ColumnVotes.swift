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
  /// The file, named only in the position of evidence (read on every row, it would be counted on
  /// every row, by both parts' threads at once).
  private let file: String
  private let header: [String]
  private let documented: DayOrder?
  private let dateColumns: [(field: Field, column: Int)]
  private let numberColumns: [Int]
  private let fallbackSeparator: AmountParser.DecimalSeparator
  private var dayOrders: [DayOrderVote]
  /// The date columns whose order is not settled yet, a bit for each index into `dayOrders`:
  /// once none is left, a row's dates cost nothing.
  private var unsettledDates: UInt8
  private var decimal = DecimalVote()
  /// The columns of clock times, and whether one was seen written with AM/PM: a file that writes
  /// 12-hour times writes its dates month-first (spec §1).
  private let timeColumns: [Int]
  private var twelveHour = false

  /// Fields whose cells are numbers, for the decimal mark vote.
  private static let numberFields: [Field] = [.hours, .duration, .rate, .amount, .paidAmount, .balance]
  private static let dateFields: [Field] = [.date, .endDate, .issueDate, .dueDate, .paidDate]

  init(format: RecognizedFormat, delimiter: UInt8, file: String) {
    self.file = file
    header = format.header
    switch format.format.documentedDayOrder {
    case .none: documented = nil
    case .dmy: documented = .dmy
    case .mdy: documented = .mdy
    }
    dateColumns = Self.dateFields.compactMap { field in format.index(of: field).map { (field, $0) } }
    numberColumns = Self.numberFields.compactMap { format.index(of: $0) }
    timeColumns = [Field.startTime, .endTime].compactMap { format.index(of: $0) }
    fallbackSeparator = delimiter == UInt8(ascii: ";") ? .comma : .point
    dayOrders = Array(repeating: DayOrderVote(), count: dateColumns.count)
    unsettledDates = UInt8(truncatingIfNeeded: (1 << dateColumns.count) - 1)
  }

  /// Counts the row's date and number cells. Costs a few comparisons per cell once a column's
  /// order is settled and the marks are mixed.
  mutating func count(_ row: CSVRecordView) {
    if unsettledDates != 0 {
      countDates(row)
      if !twelveHour {
        for column in timeColumns where column < row.count && Self.mayHoldAMPM(row.field(column)) {
          twelveHour = ClockTime.isTwelveHour(String(decoding: row.field(column), as: UTF8.self))
          if twelveHour { break }
        }
      }
    }
    guard !decimal.isMixed else { return }
    for column in numberColumns where column < row.count {
      let bytes = row.field(column)
      // Once a mark has votes, only a value that shows the other can change the outcome.
      if let unseen = decimal.onlyOtherMark, !Self.holds(bytes, unseen) { continue }
      decimal.count(bytes)
    }
  }

  private mutating func countDates(_ row: CSVRecordView) {
    var slots = unsettledDates
    while slots != 0 {
      let slot = slots.trailingZeroBitCount
      slots &= slots &- 1
      let column = dateColumns[slot].column
      guard column < row.count else { continue }
      let bytes = row.field(column)
      // Only a date with a slash can vote (`DateText.slashed`).
      guard Self.hasSlash(bytes), let value = DateText.plain(bytes) ?? Self.parsedDate(bytes) else { continue }
      dayOrders[slot].count(
        value, text: String(decoding: bytes, as: UTF8.self),
        at: SourcePosition(row.position(ofField: column), file: file))
      // A date-time written `03/14/2025 5:02 PM`.
      if !twelveHour && bytes.count > 10 { twelveHour = ClockTime.isTwelveHour(String(decoding: bytes, as: UTF8.self)) }
      if dayOrders[slot].isSettled { unsettledDates &= ~(1 << slot) }
    }
  }

  /// True when the cell may be a date with slashes: one has its first slash at byte 1, 2 or 4
  /// (`3/`, `03/`, `2026/`), unless white space comes first.
  private static func hasSlash(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let slash = UInt8(ascii: "/")
    guard bytes.count >= 3 else { return false }
    if bytes[1] == slash || bytes[2] == slash || (bytes.count > 4 && bytes[4] == slash) { return true }
    return bytes[0] <= 0x20 && holds(bytes, slash)
  }

  /// True when the cell ends in `M` or `m` (`PM`, `am`), as a 12-hour time does.
  private static func mayHoldAMPM(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let last = bytes.last else { return false }
    return last == UInt8(ascii: "M") || last == UInt8(ascii: "m")
  }

  /// True when `wanted` is among `bytes`: read as words (the last one overlapping the one before),
  /// as every number cell of every row is looked at.
  @inline(__always)
  private static func holds(_ bytes: UnsafeBufferPointer<UInt8>, _ wanted: UInt8) -> Bool {
    guard let base = bytes.baseAddress else { return false }
    let raw = UnsafeRawPointer(base)
    let count = bytes.count
    let wanteds = UInt64(wanted) &* 0x0101_0101_0101_0101
    func found(_ word: UInt64) -> Bool {
      let zeros = word ^ wanteds
      return (zeros &- 0x0101_0101_0101_0101) & ~zeros & 0x8080_8080_8080_8080 != 0
    }
    switch count {
    case 8...:
      var index = 0
      while index + 8 < count {
        if found(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) { return true }
        index += 8
      }
      return found(raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self))
    case 4...7:
      let first = UInt64(raw.loadUnaligned(as: UInt32.self))
      let last = UInt64(raw.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self))
      return found(first | last << 32)
    default:
      return bytes.contains(wanted)
    }
  }

  /// A date in a form the byte-level reading leaves to the general one; nil for no date (the row's
  /// reading says what is wrong with it).
  private static func parsedDate(_ bytes: UnsafeBufferPointer<UInt8>) -> DateText? {
    do {
      return try DateText.parse(NativeDigits.western(String(decoding: bytes, as: UTF8.self), decimalSeparator: .point))
    } catch {
      return nil
    }
  }

  /// Adds the evidence of a later part of the file, whose lines are numbered `lineOffset` on.
  mutating func append(_ later: ColumnVotes, lineOffset: Int) {
    for slot in dayOrders.indices {
      var vote = later.dayOrders[slot]
      vote.shiftLines(by: lineOffset)
      dayOrders[slot].append(vote)
    }
    for slot in dayOrders.indices where dayOrders[slot].isSettled { unsettledDates &= ~(1 << slot) }
    decimal.append(later.decimal)
    twelveHour = twelveHour || later.twelveHour
  }

  /// The decisions the values settle, or the error that says why they cannot be read.
  func decide(options: ImportOptions) throws(ImportError) -> ColumnDecisions {
    let inferred = inferredOrder
    return try decisions { vote, column throws(ImportError) in
      try vote.decide(column: column, inferred: inferred, documented: documented, setting: options.dateOrder)
    }
  }

  /// The decisions the values so far point to, for reading on before the rest is seen; where they
  /// cannot settle an order yet, month-first (what a date is read as when no order is known).
  func guess(options: ImportOptions) -> ColumnDecisions {
    let inferred = inferredOrder
    return decisions { vote, column in
      do {
        return try vote.decide(column: column, inferred: inferred, documented: documented, setting: options.dateOrder)
      } catch {
        return .mdy  // not settled yet: the reading's own votes decide at its end
      }
    }
  }

  /// The order the whole file settles for a column whose own values fit both (spec §1): the one
  /// its other date columns settle (when they agree), else month-first when it writes AM/PM times.
  private var inferredOrder: DayOrder? {
    let settled = Set(dayOrders.compactMap(\.settledOrder))
    if settled.count == 1 { return settled.first }
    return settled.isEmpty && twelveHour ? .mdy : nil
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
