import Domain

/// Turns one data row of a recognised file into a ledger fact, or a `RowProblem` saying why not.
struct FactConverter {
  /// Stands for a currency that is not known until every file is read.
  static let unknownCurrency = Currency.unknown

  let cells: CellReader
  /// The heading of the row's group in a report layout (a QuickBooks customer), if any.
  var group: String? = nil

  func time(clients: ClientDirectory) throws(RowProblem) -> TimeRow {
    let day = try cells.requiredDay(.date)
    let spelling = try cells.spelling(in: clients)
    let seconds = try duration()
    let billable = try cells.billable()
    var currency = try cells.currency(fallback: Self.unknownCurrency)
    var value = try cells.money(.amount, currency: currency)
    if value == nil, let rate = try cells.amount(.rate) {
      currency = try cells.currency(for: .rate, fallback: currency)
      let perHour = rate.exact * Fraction(Int128(currency.minorUnitsPerMajor))
      value = Money(exactMinorUnits: perHour * Fraction(Int128(seconds), 3600), currency: rateCurrency(rate, currency))
    }
    return TimeRow(day: day, spelling: spelling, seconds: seconds, billable: billable, value: value)
  }

  func invoice(clients: ClientDirectory) throws(RowProblem) -> Invoice {
    let number = try cells.requiredText(.invoice)
    let client = try cells.client(in: clients)
    let issued = try cells.requiredDay(.issueDate)
    let currency = try cells.currency(fallback: Self.unknownCurrency)
    guard let amount = try cells.money(.amount, currency: currency) else {
      throw cells.problem(.amount, "is empty")
    }
    let due = try cells.day(.dueDate)
    if let due, due < issued {
      throw cells.problem(.dueDate, "\(due) is before the issue date \(issued)")
    }
    return Invoice(
      number: number, client: client, issued: issued, due: due, amount: amount,
      status: cells.invoiceStatus(), paidDay: try cells.day(.paidDate),
      paidAmount: try cells.money(.paidAmount, currency: amount.currency), position: cells.row.position(0))
  }

  func payment(clients: ClientDirectory) throws(RowProblem) -> Payment {
    let number = try cells.requiredText(.invoice)
    let day = try cells.requiredDay(.date)
    let currency = try cells.currency(fallback: Self.unknownCurrency)
    guard let amount = try cells.money(.amount, currency: currency) else {
      throw cells.problem(.amount, "is empty")
    }
    let client = cells.has(.client) ? try cells.client(in: clients) : nil
    return Payment(invoiceNumber: number, client: client, day: day, amount: amount, position: cells.row.position(0))
  }

  func expense(clients: ClientDirectory) throws(RowProblem) -> Expense {
    let day = try cells.requiredDay(.date)
    let client = try cells.client(in: clients)
    let currency = try cells.currency(fallback: Self.unknownCurrency)
    guard let amount = try cells.money(.amount, currency: currency) else {
      throw cells.problem(.amount, "is empty")
    }
    return Expense(
      day: day, client: client, amount: amount, description: cells.text(.description),
      position: cells.row.position(0))
  }

  func incident(clients: ClientDirectory) throws(RowProblem) -> Incident {
    let day = try cells.requiredDay(.date)
    let client = try cells.client(in: clients)
    let kindText = try cells.requiredText(.kind)
    guard let kind = IncidentKind(text: kindText) else {
      throw cells.problem(
        .kind,
        "'\(kindText)' is not an incident kind; accepted: "
          + IncidentKind.allCases.map(\.rawValue).joined(separator: ", "))
    }
    return Incident(
      day: day, client: client, kind: kind, note: cells.text(.note),
      position: cells.row.position(0))
  }

  /// Seconds from `hours` or `duration`; the clock form is exact, so it wins when both are given.
  private func duration() throws(RowProblem) -> Int64 {
    for field in [Field.duration, .hours] {
      let found = try cells.remembered(field, in: &cells.file.durations) { () throws(RowProblem) in
        try seconds(in: field)
      }
      if let found { return found }
    }
    throw RowProblem(
      column: cells.format.index(of: .hours) ?? cells.format.index(of: .duration),
      message: "the row has no duration")
  }

  /// The seconds in `field`'s cell; nil when it is empty.
  private func seconds(in field: Field) throws(RowProblem) -> Int64? {
    guard let text = cells.text(field) else { return nil }
    let notADuration = cells.problem(field, "'\(text)' is not a duration (hours such as 1.5, or H:MM[:SS])")
    do throws(DurationText.Failure) {
      if let seconds = try DurationText.seconds(withUnit: text, separator: cells.decimalSeparator) {
        return seconds
      }
      if let seconds = try DurationText.seconds(clock: text) { return seconds }
      guard let amount = try? AmountParser.parse(text, separator: cells.decimalSeparator) else {
        throw .notADuration
      }
      return try DurationText.seconds(hours: amount)
    } catch .negative {
      throw cells.problem(field, "'\(text)' is a negative duration")
    } catch {
      throw notADuration
    }
  }

  private func rateCurrency(_ rate: AmountParser.Amount, _ currency: Currency) -> Currency {
    currency.code == "XXX" ? (rate.impliedCurrency ?? currency) : currency
  }
}
