import CSV
import Domain

/// Imports a time row straight from the conversions its file remembers (`FileCells`), when every
/// cell the row needs was seen before and converted without a problem: a few table lookups, no
/// strings and no row values. Any other row is declined and imported the general way
/// (`FactConverter.time`), which converts and remembers its new cells; the figures are the same
/// either way, since a remembered conversion is the one converting again would give. (A class, so
/// that using it for each row counts one reference.)
final class TimeShortcut {
  private let file: FileCells
  private let fieldCount: Int
  private let client: Int
  private let date: Int
  /// The duration columns in the order `FactConverter` reads them: the clock form, then hours.
  private let durations: [Int]
  private let billable: Int?
  private let amount: Int?
  private let currency: Currency
  private let hasRate: Bool
  // Used by the one thread reading the file (or its part), for every row: no run-time
  // exclusivity check (see `FileCells`).
  @exclusivity(unchecked) private var recentDay = RecentCell<Day>()
  @exclusivity(unchecked) private var recentBillable = RecentCell<Bool>()

  /// Nil when the format's rows need more than this reads: a conversion of its own, report
  /// groups, or a currency column.
  init?(file: FileCells) {
    let format = file.format
    guard Self.applies(to: format), let client = format.index(of: .client), let date = format.index(of: .date)
    else { return nil }
    self.file = file
    fieldCount = format.header.count
    self.client = client
    self.date = date
    durations = [Field.duration, .hours].compactMap { format.index(of: $0) }
    billable = format.index(of: .billable)
    amount = format.index(of: .amount)
    currency = format.headerCurrencies[.amount] ?? FactConverter.unknownCurrency
    hasRate = format.index(of: .rate) != nil
  }

  /// The columns whose cells every record taken has found among the remembered conversions.
  var rememberedColumns: [Int] {
    [client, date] + durations.prefix(1) + [billable, amount].compactMap { $0 }
  }

  /// True when the format's rows are time entries that stand alone: converted by `FactConverter`
  /// (no conversion of the format's own, no report groups), each in the currency of its header.
  static func applies(to format: RecognizedFormat) -> Bool {
    guard format.format.kind == .time, !format.format.groupedRows, format.index(of: .currency) == nil else {
      return false
    }
    switch format.format.conversion {
    case .standard, .timeOfClients: return true
    case .custom: return false
    }
  }

  /// Adds the record's time to `state`; false, having changed nothing, when the record must be
  /// imported the general way.
  func add(_ record: InPlaceRecord, to state: inout ConversionState) -> Bool {
    // A short or long row has its shape checked and said; a cell with doubled quotes is unescaped.
    guard record.fieldCount == fieldCount,
      let clientCell = record.field(client), let spelling = file.clients.value(for: clientCell),
      let day = day(record),
      let seconds = duration(record),
      let isBillable = billable(record),
      case .some(let value) = value(record)
    else { return false }
    file.spellings[spelling].rows += 1
    let row = TimeRow(day: day, spelling: spelling, seconds: seconds, billable: isBillable, value: value)
    state.add(row) { (record.startLine, 1) }
    return true
  }

  private func day(_ record: InPlaceRecord) -> Day? {
    guard let cell = record.field(date) else { return nil }
    if let day = recentDay.value(for: cell) { return day }
    guard case let day?? = file.days[date].known(cell) else { return nil }
    recentDay.remember(day, for: cell)
    return day
  }

  private func duration(_ record: InPlaceRecord) -> Int64? {
    for column in durations {
      guard let cell = record.field(column), case let seconds? = file.durations[column].known(cell)
      else { return nil }
      if let seconds { return seconds }
    }
    return nil
  }

  private func billable(_ record: InPlaceRecord) -> Bool? {
    guard let billable else { return true }
    guard let cell = record.field(billable) else { return nil }
    if let value = recentBillable.value(for: cell) { return value }
    guard case let value? = file.billables[billable].known(cell) else { return nil }
    recentBillable.remember(value ?? true, for: cell)
    return value ?? true
  }

  /// The row's value: `.some(nil)` when it has none, nil when only the general way can tell.
  private func value(_ record: InPlaceRecord) -> Money?? {
    guard let amount else { return hasRate ? nil : .some(nil) }
    guard let cell = record.field(amount), case let parsed? = file.amounts[amount].known(cell)
    else { return nil }
    guard let parsed else { return hasRate ? nil : .some(nil) }
    guard case .success(let money) = CellReader.money(parsed, currency: currency) else { return nil }
    return money
  }
}
