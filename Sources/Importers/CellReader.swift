import Domain

/// Reads a row's cells by field, turning unreadable values into `RowProblem`s that name the
/// column as the file's header spells it. Conversions of the repetitive columns go through the
/// file's `FileCells`.
struct CellReader {
  let row: RecordRow
  let file: FileCells

  var format: RecognizedFormat { file.format }
  var dayOrders: [Field: DayOrder] { file.dayOrders }
  var decimalSeparator: AmountParser.DecimalSeparator { file.decimalSeparator }

  func has(_ field: Field) -> Bool {
    guard let index = format.index(of: field) else { return false }
    return !row.isBlank(index)
  }

  /// `field`'s value from the file's remembered conversions in `memos` (one per column),
  /// converted with `convert` the first time its bytes are seen; nil when the format has no such
  /// column.
  @inline(__always)  // called for several cells of every row; kept as fast as when written out
  func remembered<Value>(
    _ field: Field, in memos: inout [ConversionMemo<Value>], convert: () throws(RowProblem) -> Value?
  ) throws(RowProblem) -> Value? {
    guard let index = format.index(of: field) else { return nil }
    return try row.withBytes(index) { bytes throws(RowProblem) in
      try memos[index].value(for: bytes, convert: convert)
    }
  }

  /// The client named in `field`, its spelling counted for the directory at the end of the file.
  func client(_ field: Field = .client, in clients: ClientDirectory) throws(RowProblem) -> ClientKey {
    file.spellings[try spelling(field, in: clients)].key
  }

  /// The number in `file.spellings` of the client spelling in `field`, counted for the directory.
  func spelling(_ field: Field = .client, in clients: ClientDirectory) throws(RowProblem) -> Int {
    guard let index = format.index(of: field) else { throw problem(field, "is empty") }
    let slot = try row.withBytes(index) { bytes throws(RowProblem) in
      try file.clients.value(for: bytes) { _ throws(RowProblem) in
        let spelling = try requiredText(field)
        file.spellings.append((spelling, clients.resolve(spelling), 0))
        return file.spellings.count - 1
      }
    }
    file.spellings[slot].rows += 1
    return slot
  }

  /// The invoice status its status cell reads as (an empty cell or no column: issued).
  func invoiceStatus() -> InvoiceStatus {
    guard let index = format.index(of: .status) else { return InvoiceStatus(statusText: "") }
    return row.withBytes(index) { bytes in
      file.statuses.value(for: bytes) { _ in InvoiceStatus(statusText: text(.status) ?? "") }
    }
  }

  func text(_ field: Field) -> String? {
    guard let index = format.index(of: field) else { return nil }
    let value = row.text(index).trimmedCell()
    return value.isEmpty ? nil : value
  }

  func requiredText(_ field: Field) throws(RowProblem) -> String {
    guard let value = text(field) else { throw problem(field, "is empty") }
    return value
  }

  func day(_ field: Field) throws(RowProblem) -> Day? {
    try remembered(field, in: &file.days) { () throws(RowProblem) in try convertDay(field) }
  }

  private func convertDay(_ field: Field) throws(RowProblem) -> Day? {
    guard let value = text(field) else { return nil }
    let parsed: DateText
    do {
      parsed = try DateText.parse(value)
    } catch .noSuchDay {
      throw problem(field, "'\(value)' is not a real day")
    } catch {
      throw problem(field, "'\(value)' is not a date (expected YYYY-MM-DD, MM/DD/YYYY, DD/MM/YYYY or DD.MM.YYYY)")
    }
    // An order is always known here when the column needed one (`DayOrderVote` decided it).
    guard let day = parsed.resolved(dayOrders[field] ?? .mdy) else {
      throw problem(field, "'\(value)' is not a real day")
    }
    return day
  }

  func requiredDay(_ field: Field) throws(RowProblem) -> Day {
    guard let day = try day(field) else { throw problem(field, "is empty") }
    return day
  }

  func amount(_ field: Field) throws(RowProblem) -> AmountParser.Amount? {
    try remembered(field, in: &file.amounts) { () throws(RowProblem) in try convertAmount(field) }
  }

  private func convertAmount(_ field: Field) throws(RowProblem) -> AmountParser.Amount? {
    guard let value = text(field) else { return nil }
    do {
      return try AmountParser.parse(value, separator: decimalSeparator)
    } catch {
      throw problem(field, "'\(value)' is not an amount")
    }
  }

  /// An amount as money of `currency`; more decimals than the currency has is a problem, since
  /// silently rounding an invoice would change what the client owes.
  func money(_ field: Field, currency: Currency) throws(RowProblem) -> Money? {
    guard let amount = try amount(field) else { return nil }
    switch Self.money(amount, currency: currency) {
    case .success(let money):
      return money
    case .failure(.tooManyDecimals(let currency)):
      throw problem(field, "'\(text(field) ?? "")' has more decimals than \(currency.code) allows")
    case .failure(.tooLarge):
      throw problem(field, "'\(text(field) ?? "")' is too large")
    }
  }

  /// Why an amount is not money of its currency.
  enum MoneyFailure: Error {
    case tooManyDecimals(Currency)
    case tooLarge
  }

  /// `amount` as money of `currency`, or of the currency its symbol implies while the currency is
  /// not known yet.
  static func money(_ amount: AmountParser.Amount, currency: Currency) -> Result<Money, MoneyFailure> {
    let currency = amount.impliedCurrency.flatMap { implied in currency.code == "XXX" ? implied : nil } ?? currency
    guard amount.scale <= currency.minorUnitDigits else { return .failure(.tooManyDecimals(currency)) }
    var minor = amount.mantissa
    for _ in amount.scale..<currency.minorUnitDigits { minor *= 10 }
    guard let units = Int64(exactly: minor), units.magnitude < 1_000_000_000_000_000 else {
      return .failure(.tooLarge)
    }
    return .success(Money(minorUnits: units, currency: currency))
  }

  /// The row's currency: its currency column, else one named in the header of `field`'s column
  /// (`Amount (USD)`), else `fallback` (`Currency.unknown` when nothing is known yet: resolved
  /// once every file is read).
  func currency(for field: Field = .amount, fallback: Currency) throws(RowProblem) -> Currency {
    guard let code = text(.currency) else { return format.headerCurrencies[field] ?? fallback }
    guard let currency = CurrencyText.currency(code) else {
      throw problem(.currency, "'\(code)' is not an ISO 4217 currency code (such as USD or EUR)")
    }
    return currency
  }

  /// The billable flag: its cell, read by `BillableText`; an empty cell means what the format
  /// says it means; no billable column at all means billable (spec §1).
  func billable() throws(RowProblem) -> Bool {
    try remembered(.billable, in: &file.billables) { () throws(RowProblem) in try convertBillable() } ?? true
  }

  private func convertBillable() throws(RowProblem) -> Bool {
    guard let text = text(.billable) else { return format.format.emptyBillableIsBillable }
    guard let value = BillableText.parse(text) else { throw problem(.billable, "'\(text)' is not yes or no") }
    return value
  }

  func problem(_ field: Field, _ message: String) -> RowProblem {
    RowProblem(column: format.index(of: field), message: "column '\(format.headerName(of: field))': \(message)")
  }
}
