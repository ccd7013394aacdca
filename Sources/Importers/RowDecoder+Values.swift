import Domain
import Localization

/// The values of a row's cells: dates, amounts, money, durations, flags, currencies, statuses.
extension RowDecoder {
  /// The largest amount, in minor units, a cell may hold: 10^13 (100 billion dollars), far past
  /// any real invoice, and small enough that no later sum or product of the figures can pass
  /// Int64 (`docs/formats.md`).
  static let maxMinorUnits: Int64 = 10_000_000_000_000

  mutating func day(_ field: Field) throws(RowProblem) -> Day? {
    guard let bytes = cell(field), !bytes.isEmpty else { return nil }
    if let parsed = DateText.plain(bytes) {
      plainCells += 1
      guard let day = parsed.resolved(plan.dayOrders[field.ordinal] ?? .mdy) else { throw noSuchDay(field) }
      return day
    }
    if let known = try days[field.ordinal].known(bytes) { return known }
    let outcome = Result { () throws(RowProblem) -> Day? in
      guard let value = text(field) else { return nil }
      let parsed: DateText
      do throws(DateText.Failure) {
        parsed = try DateText.parse(numberText(value))
      } catch .noSuchDay {
        throw noSuchDay(field)
      } catch .twoDigitYear {
        throw problem(
          field,
          LocalizedText(
            en: "\(LocalizedText.cell(value)) has a two-digit year, whose century is not guessed (a spreadsheet that "
              + "saved the file again may have shortened it): export the file again",
            ar: "في \(LocalizedText.cell(value)) سنة من رقمين، ولا يُخمَّن قرنها (ربما اختصرها جدول أعاد حفظ الملف): "
              + "صدّر الملف من جديد"),
          cause: "two-digit-year")
      } catch {
        throw problem(
          field,
          LocalizedText(
            en:
              "\(LocalizedText.cell(value)) is not a date (expected YYYY-MM-DD, MM/DD/YYYY, DD/MM/YYYY or DD.MM.YYYY)",
            ar: "\(LocalizedText.cell(value)) ليس تاريخًا (المتوقع \(code: "YYYY-MM-DD") أو \(code: "MM/DD/YYYY") أو "
              + "\(code: "DD/MM/YYYY") أو \(code: "DD.MM.YYYY"))"),
          cause: "bad-date")
      }
      // An order is always known here when the column needed one (`DayOrderVote` decided it).
      guard let day = parsed.resolved(plan.dayOrders[field.ordinal] ?? .mdy) else { throw noSuchDay(field) }
      return day
    }
    return try days[field.ordinal].remember(bytes, outcome)
  }

  /// A number's or a date's cell as the parsers read it: native digits as Western ones
  /// (`NativeDigits`). Messages quote the cell as it is written.
  private func numberText(_ text: String) -> String {
    NativeDigits.western(text, decimalSeparator: plan.decisions.decimalSeparator)
  }

  private func noSuchDay(_ field: Field) -> RowProblem {
    let cell = LocalizedText.cell(text(field) ?? "")
    return problem(
      field, LocalizedText(en: "\(cell) is not a real day", ar: "\(cell) ليس يومًا موجودًا في التقويم"),
      cause: "no-such-day")
  }

  mutating func requiredDay(_ field: Field) throws(RowProblem) -> Day {
    guard let day = try day(field) else { throw problem(field, .isEmpty, cause: "empty-\(field.causeName)") }
    return day
  }

  mutating func amount(_ field: Field) throws(RowProblem) -> AmountParser.Amount? {
    guard let bytes = cell(field), !bytes.isEmpty else { return nil }
    if let plain = AmountParser.plainNumber(bytes, separator: plan.decisions.decimalSeparator) {
      plainCells += 1
      return plain.amount
    }
    if let known = try amounts[field.ordinal].known(bytes) { return known }
    let outcome = Result { () throws(RowProblem) -> AmountParser.Amount? in
      guard let value = text(field) else { return nil }
      do {
        return try AmountParser.parse(numberText(value), separator: plan.decisions.decimalSeparator)
      } catch {
        throw problem(
          field,
          LocalizedText(
            en: "\(LocalizedText.cell(value)) is not an amount", ar: "\(LocalizedText.cell(value)) ليس مبلغًا"),
          cause: "bad-amount")
      }
    }
    return try amounts[field.ordinal].remember(bytes, outcome)
  }

  /// An amount as money of `currency`; more decimals than the currency has is a problem, since
  /// silently rounding an invoice would change what the client owes.
  mutating func money(_ field: Field, currency: Currency) throws(RowProblem) -> Money? {
    guard let amount = try amount(field) else { return nil }
    let currency = Self.currency(of: amount, given: currency)
    guard amount.scale <= currency.minorUnitDigits else {
      throw problem(
        field,
        LocalizedText(
          en: "\(LocalizedText.cell(text(field) ?? "")) has more decimals than \(code: currency.code) allows",
          ar: "في \(LocalizedText.cell(text(field) ?? "")) منازل عشرية أكثر مما تسمح به عملة \(code: currency.code)"),
        cause: "too-many-decimals")
    }
    let minor = amount.mantissa * AmountParser.power(of: currency.minorUnitDigits - amount.scale)
    guard minor.magnitude <= Self.maxMinorUnits.magnitude else { throw tooLarge(field, currency) }
    return Money(minorUnits: Int64(minor), currency: currency)
  }

  /// The value of `seconds` at `rate` (an amount per hour) in `currency`, rounded half-to-even.
  /// Inlined, for its mutating caller: a rate per row (Harvest) is mostly a few digits, whose value
  /// Int64 holds; the rest, and any error, go the exact way.
  @inline(__always)
  func value(rate: AmountParser.Amount, seconds: Int64, currency: Currency) throws(RowProblem) -> Money {
    let currency = Self.currency(of: rate, given: currency)
    if rate.scale <= 4, let mantissa = Int64(exactly: rate.mantissa) {
      let (perHour, first) = mantissa.multipliedReportingOverflow(by: currency.minorUnitsPerMajor)
      let (numerator, second) = perHour.multipliedReportingOverflow(by: seconds)
      let scaling = Int64(AmountParser.power(of: rate.scale))
      // Within the limits, the exact way would say the same; past them, it says what is wrong.
      if !first && !second && perHour.magnitude / scaling.magnitude <= Self.maxMinorUnits.magnitude {
        let minor = roundHalfEven(numerator, scaling * 3600)
        if minor.magnitude <= Self.maxMinorUnits.magnitude { return Money(minorUnits: minor, currency: currency) }
      }
    }
    return try exactValue(rate: rate, seconds: seconds, currency: currency)
  }

  /// `value(rate:seconds:currency:)` in 128 bits, checking each step.
  private func exactValue(rate: AmountParser.Amount, seconds: Int64, currency: Currency) throws(RowProblem) -> Money {
    let perMajor = Int128(currency.minorUnitsPerMajor)
    // Each step checked: a rate may have 30 digits, and its value must stay an amount.
    let (perHour, first) = rate.mantissa.multipliedReportingOverflow(by: perMajor)
    let (numerator, second) = perHour.multipliedReportingOverflow(by: Int128(seconds))
    let denominator = AmountParser.power(of: rate.scale) * 3600
    guard !first, perHour.magnitude / AmountParser.power(of: rate.scale).magnitude <= Self.maxMinorUnits else {
      throw tooLarge(.rate, currency)
    }
    guard !second, let minor = Int64(exactly: roundHalfEven(numerator, denominator)),
      minor.magnitude <= Self.maxMinorUnits
    else {
      let limit = Money(minorUnits: Self.maxMinorUnits, currency: currency)
      throw problem(
        .rate,
        LocalizedText(
          en:
            "\(LocalizedText.cell(text(.rate) ?? "")) for this row's time is worth more than \(code: limit.description), "
            + "the most one row may hold",
          ar:
            "قيمة \(LocalizedText.cell(text(.rate) ?? "")) لوقت هذا الصف أكثر من \(code: limit.description)، وهو أقصى ما "
            + "يحمله صف واحد"),
        cause: "amount-too-large")
    }
    return Money(minorUnits: minor, currency: currency)
  }

  private func tooLarge(_ field: Field, _ currency: Currency) -> RowProblem {
    let limit = Money(minorUnits: Self.maxMinorUnits, currency: currency)
    let cell = LocalizedText.cell(text(field) ?? "")
    return problem(
      field,
      LocalizedText(
        en: "\(cell) is too large (the limit is \(code: limit.description))",
        ar: "\(cell) أكبر مما يجوز (الحد \(code: limit.description))"),
      cause: "amount-too-large")
  }

  /// The currency of an amount: the one its symbol implies while the row's is not known yet.
  static func currency(of amount: AmountParser.Amount, given currency: Currency) -> Currency {
    amount.impliedCurrency.flatMap { implied in currency == .unknown ? implied : nil } ?? currency
  }

  /// Seconds from `duration` or `hours`; the clock form is exact, so it wins when both are given.
  /// The duration the row writes (its duration, else its hours), if any.
  mutating func writtenDuration() throws(RowProblem) -> Int64? {
    if let seconds = try seconds(in: .duration) { return seconds }
    return try seconds(in: .hours)
  }

  private mutating func seconds(in field: Field) throws(RowProblem) -> Int64? {
    guard let bytes = cell(field), !bytes.isEmpty else { return nil }
    if field == .duration && format.format.durationInSeconds { return try wholeSeconds() }
    do throws(DurationText.Failure) {
      if let seconds = try DurationText.plain(bytes, separator: plan.decisions.decimalSeparator) {
        plainCells += 1
        return seconds
      }
    } catch {
      throw durationProblem(field, error)
    }
    if let known = try durations[field.ordinal].known(bytes) { return known }
    let outcome = Result { () throws(RowProblem) -> Int64? in
      guard let text = text(field).map(numberText) else { return nil }
      do throws(DurationText.Failure) {
        if let seconds = try DurationText.seconds(withUnit: text, separator: plan.decisions.decimalSeparator) {
          return seconds
        }
        if let seconds = try DurationText.seconds(clock: text) { return seconds }
        let amount: AmountParser.Amount
        do {
          amount = try AmountParser.parse(text, separator: plan.decisions.decimalSeparator)
        } catch {
          throw .notADuration
        }
        return try DurationText.seconds(hours: amount)
      } catch {
        throw durationProblem(field, error)
      }
    }
    return try durations[field.ordinal].remember(bytes, outcome)
  }

  /// A duration written as whole seconds (Kimai 1.x and its import format: `7260`).
  private func wholeSeconds() throws(RowProblem) -> Int64? {
    guard var text = text(.duration) else { return nil }
    // Kimai 1.x's CSV renderer writes the seconds as a spreadsheet value, `=7260` (inferred from its code).
    if text.hasPrefix("=") { text.removeFirst() }
    guard let seconds = Int64(text), seconds >= 0 else {
      throw problem(
        .duration,
        LocalizedText(
          en: "\(LocalizedText.cell(text)) is not a number of seconds, as the rest of this export writes durations",
          ar: "\(LocalizedText.cell(text)) ليس عددًا من الثواني كما يكتب باقي هذا الملف المدد"),
        cause: "bad-duration")
    }
    guard seconds <= DurationText.maxSeconds else {
      let cell = LocalizedText.cell(text)
      throw problem(
        .duration, .tooLong(LocalizedText(en: "\(cell) seconds", ar: "\(cell) ثانية")), cause: "duration-too-long")
    }
    return seconds
  }

  private func durationProblem(_ field: Field, _ failure: DurationText.Failure) -> RowProblem {
    let text = text(field) ?? ""
    switch failure {
    case .negative:
      return problem(
        field,
        LocalizedText(
          en: "\(LocalizedText.cell(text)) is a negative duration", ar: "\(LocalizedText.cell(text)) مدة سالبة"),
        cause: "negative-duration")
    case .tooLong:
      return problem(field, .tooLong(LocalizedText.cell(text)), cause: "duration-too-long")
    case .notADuration:
      return problem(
        field,
        LocalizedText(
          en: "\(LocalizedText.cell(text)) is not a duration (hours such as 1.5, or H:MM[:SS])",
          ar: "\(LocalizedText.cell(text)) ليس مدة (ساعات مثل \(code: "1.5")، أو \(code: "H:MM[:SS]"))"),
        cause: "bad-duration")
    }
  }

  /// The billable flag: its cell, read by `BillableText`; an empty cell means what the format
  /// says it means; no billable column at all means billable (spec §1).
  mutating func billable() throws(RowProblem) -> Bool {
    guard let bytes = cell(.billable) else { return true }
    if let known = try flags.known(bytes) { return known ?? true }
    let outcome = Result { () throws(RowProblem) -> Bool? in
      guard let text = text(.billable) else { return format.format.emptyBillableIsBillable }
      guard let value = BillableText.parse(text) else {
        throw problem(
          .billable,
          LocalizedText(
            en: "\(LocalizedText.cell(text)) is not yes or no", ar: "\(LocalizedText.cell(text)) ليست «نعم» ولا «لا»"),
          cause: "bad-billable")
      }
      return value
    }
    return try flags.remember(bytes, outcome) ?? true
  }

  /// The row's currency: its currency column, else one named in the header of `field`'s column
  /// (`Amount (USD)`), else `fallback` (`Currency.unknown` when nothing is known yet: resolved
  /// once every file is read).
  mutating func currency(for field: Field = .amount, fallback: Currency) throws(RowProblem) -> Currency {
    let fromHeader = plan.headerCurrencies[field.ordinal] ?? fallback
    guard let bytes = cell(.currency) else { return fromHeader }
    if let known = try currencies.known(bytes) { return known ?? fromHeader }
    let outcome = Result { () throws(RowProblem) -> Currency? in
      guard let code = text(.currency) else { return nil }
      guard let currency = CurrencyText.currency(code) else {
        throw problem(
          .currency,
          .notACurrency(code),
          cause: "bad-currency")
      }
      return currency
    }
    return try currencies.remember(bytes, outcome) ?? fromHeader
  }

  /// The invoice status its status cell reads as (an empty cell or no column: issued).
  mutating func invoiceStatus() -> InvoiceStatus {
    guard let bytes = cell(.status) else { return .issued }
    if let known = statuses.value(for: bytes) { return known }
    let status = InvoiceStatus(statusText: text(.status) ?? "")
    _ = statuses.insert(bytes, value: status)
    return status
  }
}

extension LocalizedText {
  /// A currency cell that names no currency.
  static func notACurrency(_ code: String) -> LocalizedText {
    LocalizedText(
      en: "\(LocalizedText.cell(code)) is not an ISO 4217 currency code (such as USD or EUR)",
      ar: "\(LocalizedText.cell(code)) ليس رمز عملة وفق \(code: "ISO 4217") (مثل \(code: "USD") أو \(code: "EUR"))")
  }
}
