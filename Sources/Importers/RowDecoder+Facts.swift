import Domain
import Localization

/// The facts of one row of each kind.
extension RowDecoder {
  /// Adds a time row to the ledger's time, summed under its `TimeKey`.
  mutating func addTime(to ledger: inout Ledger, state: inout ConversionState) throws(RowProblem) {
    let day = try requiredDay(.date)
    let client = try timeClient(in: &ledger.timeEntries, from: try timeClientField(state: &state))
    let seconds = try timeSeconds(day: day, state: &state)
    let billable = try billable()
    var currency = try currency(fallback: .unknown)
    var value = try money(.amount, currency: currency)
    if value == nil, let rate = try amount(.rate) {
      currency = try self.currency(for: .rate, fallback: currency)
      value = try self.value(rate: rate, seconds: seconds, currency: currency)
    }
    let costSeconds = try costSeconds(seconds: seconds, billable: billable, value: &value, currency: currency)
    let valueCurrency = value?.currency
    // Spec §1 converts one amount at a time: a value that will be converted stays a row of its own.
    let folds =
      valueCurrency == nil
      || (valueCurrency != .unknown && (plan.options.currency == nil || valueCurrency == plan.options.currency))
    let key = TimeKey(
      client: client, project: nameNumber(.project, in: &ledger.timeEntries),
      person: personNumber(in: &ledger.timeEntries), day: day, billable: billable,
      currency: ledger.timeEntries.currencyNumber(valueCurrency),
      apart: folds ? 0 : ledger.timeEntries.apartNumber(), costed: costSeconds != nil)
    do {
      try ledger.timeEntries.add(
        key, seconds: seconds, value: value?.minorUnits ?? 0, costSeconds: costSeconds ?? 0, file: state.timeFile,
        line: row.startLine)
    } catch {
      // Found while folding many rows at once: the file, not this row, is at fault.
      if state.overflow == nil { state.overflow = error }
    }
  }

  /// seconds × the row's own cost rate per hour (`TimeEntry.costSeconds`), in the value's currency;
  /// nil when the row has none. A rate of 0 is none: Harvest writes `0.0` for a person whose cost
  /// rate is not set, and an hour that costs nothing is not a cost anyone means. The cost goes in
  /// the value's currency, so a non-billable row without a value takes 0 in the row's currency
  /// (nothing reads a non-billable value); a billable one without a value is a problem.
  mutating func costSeconds(
    seconds: Int64, billable: Bool, value: inout Money?, currency: Currency
  ) throws(RowProblem) -> Int64? {
    guard has(.costRate), let rate = try money(.costRate, currency: value?.currency ?? currency), !rate.isZero
    else { return nil }
    guard !rate.isNegative else {
      let cell = LocalizedText.cell(text(.costRate) ?? "")
      throw problem(.costRate, LocalizedText(en: "\(cell) is negative", ar: "\(cell) سالب"), cause: "negative-rate")
    }
    if value == nil {
      guard !billable else {
        throw problem(
          .costRate,
          LocalizedText(
            en: "a billable row with a cost rate needs its amount or rate too (for its currency)",
            ar: "الصف القابل للفوترة الذي له تكلفة ساعة يحتاج أيضًا مبلغه أو سعره (لتُعرف عملته)"),
          cause: "cost-rate-without-value")
      }
      value = Money(minorUnits: 0, currency: rate.currency)
    }
    let (product, overflow) = rate.minorUnits.multipliedReportingOverflow(by: seconds)
    guard !overflow else {
      let cell = LocalizedText.cell(text(.costRate) ?? "")
      throw problem(
        .costRate,
        LocalizedText(en: "\(cell) for this row's time is too large", ar: "\(cell) لوقت هذا الصف أكبر مما يجوز"),
        cause: "amount-too-large")
    }
    return product
  }

  mutating func invoice() throws(RowProblem) -> Invoice {
    let number = try requiredText(.invoice)
    let client = try client()
    let issued = try requiredDay(.issueDate)
    let currency = try currency(fallback: .unknown)
    guard let amount = try money(.amount, currency: currency) else {
      throw problem(.amount, .isEmpty, cause: "empty-amount")
    }
    let due = try day(.dueDate)
    if let due, due < issued {
      throw problem(
        .dueDate,
        LocalizedText(
          en: "\(day: due) is before the issue date \(day: issued)", ar: "\(day: due) يسبق تاريخ الإصدار \(day: issued)"
        ),
        cause: "due-before-issue")
    }
    return Invoice(
      number: number, client: client, issued: issued, due: due, amount: amount, status: invoiceStatus(),
      paidDay: try day(.paidDate), paidAmount: try money(.paidAmount, currency: amount.currency),
      position: position(0))
  }

  mutating func payment() throws(RowProblem) -> Payment {
    let number = try requiredText(.invoice)
    let day = try requiredDay(.date)
    let currency = try currency(fallback: .unknown)
    guard let amount = try money(.amount, currency: currency) else {
      throw problem(.amount, .isEmpty, cause: "empty-amount")
    }
    let client = has(.client) ? try client() : nil
    return Payment(invoiceNumber: number, client: client, day: day, amount: amount, position: position(0))
  }

  mutating func expense() throws(RowProblem) -> Expense {
    let day = try requiredDay(.date)
    let client = try client()
    let currency = try currency(fallback: .unknown)
    guard let amount = try money(.amount, currency: currency) else {
      throw problem(.amount, .isEmpty, cause: "empty-amount")
    }
    return Expense(day: day, client: client, amount: amount, description: text(.description), position: position(0))
  }

  mutating func incident() throws(RowProblem) -> Incident {
    let day = try requiredDay(.date)
    let client = try client()
    let kindText = try requiredText(.kind)
    guard let kind = IncidentKind(text: kindText) else {
      let kinds = IncidentKind.allCases.map { LocalizedText.same("\(code: $0.rawValue)") }
      throw problem(
        .kind,
        LocalizedText(
          en: "\(LocalizedText.cell(kindText)) is not an incident kind; accepted: \(list: kinds, .comma)",
          ar: "\(LocalizedText.cell(kindText)) ليس نوع واقعة؛ المقبول: \(list: kinds, .comma)"),
        cause: "bad-kind")
    }
    return Incident(day: day, client: client, kind: kind, note: text(.note), position: position(0))
  }

  /// The warning for an expense with no client: an overhead of the business, not an error of the export.
  func noClient(_ meaning: LocalizedText) -> RowProblem {
    let name = format.headerName(of: .client)
    return RowProblem(
      column: plan.column(.client),
      text: LocalizedText(
        en: "column '\(code: name)' is empty: \(meaning); row skipped",
        ar: "العمود «\(code: name)» فارغ: \(meaning)؛ فتُخطّي الصف"),
      cause: "empty-client", severity: .warning)
  }

  /// The column that names a time row's client: its client, else (spec §1) its project, counted
  /// for the file's one note. A row with neither is skipped: time not counted for any client.
  mutating func timeClientField(state: inout ConversionState) throws(RowProblem) -> Field {
    if has(.client) { return .client }
    let hasProject = has(.project)
    guard hasProject && plan.options.clientFromProject else {
      throw RowProblem(
        column: plan.column(.client) ?? plan.column(.project),
        text: .timeWithoutClient(
          client: plan.column(.client).map { _ in format.headerName(of: .client) },
          project: plan.column(.project).map { _ in format.headerName(of: .project) }, projectIgnored: hasProject),
        cause: "empty-client")
    }
    state.clientsFromProject += 1
    return .project
  }
}

extension LocalizedText {
  /// `columns 'Client' and 'Project' are empty: time not counted for any client (internal work?)`.
  fileprivate static func timeWithoutClient(client: String?, project: String?, projectIgnored: Bool) -> LocalizedText {
    let empty: LocalizedText
    if projectIgnored {
      let what =
        client.map { LocalizedText(en: "column '\(code: $0)' is empty", ar: "العمود «\(code: $0)» فارغ") }
        ?? LocalizedText(en: "the file has no client column", ar: "لا عمود للعميل في الملف")
      empty = LocalizedText(
        en: "\(what) (and \"timeWithoutClient\" is \"skip\": the project does not stand for the client)",
        ar: "\(what) (والإعداد \(code: "\"timeWithoutClient\"") هو \(code: "\"skip\""): لا يقوم المشروع مقام العميل)")
    } else if let client, let project {
      empty = LocalizedText(
        en: "columns '\(code: client)' and '\(code: project)' are empty",
        ar: "العمودان «\(code: client)» و«\(code: project)» فارغان")
    } else {
      let name = client ?? project ?? ""
      empty = LocalizedText(en: "column '\(code: name)' is empty", ar: "العمود «\(code: name)» فارغ")
    }
    return LocalizedText(
      en: "\(empty): time not counted for any client (internal work?)",
      ar: "\(empty): وقت لا يُحتسب لأي عميل (عمل داخلي؟)")
  }
}
