import Analysis
import Decisions
import Domain
import Localization

/// What the tables of an explanation, their columns and their text cells are called, and how a
/// formula names a column.
extension ExplanationWords {
  /// A table as a formula names it: `invoices`, `time by month`.
  static func tableShort(_ kind: RowTable.Kind) -> LocalizedText {
    switch kind {
    case .time: LocalizedText(en: "time by month", ar: "الوقت حسب الشهر")
    case .unbilled: LocalizedText(en: "unbilled work", ar: "العمل غير المفوتر")
    case .spans: LocalizedText(en: "invoice spans", ar: "فترات الفواتير")
    case .invoices: LocalizedText(en: "invoices", ar: "الفواتير")
    case .lateness: LocalizedText(en: "lateness items", ar: "بنود التأخير")
    case .expenses: LocalizedText(en: "expenses", ar: "المصروفات")
    case .incidents: LocalizedText(en: "incidents", ar: "الوقائع")
    case .clients: LocalizedText(en: "clients", ar: "العملاء")
    case .received: LocalizedText(en: "payments received", ar: "الدفعات المستلمة")
    }
  }

  /// A table's title.
  static func table(_ kind: RowTable.Kind) -> LocalizedText {
    switch kind {
    case .time: LocalizedText(en: "Time by month", ar: "الوقت شهرًا بشهر")
    case .unbilled:
      LocalizedText(
        en: "Billable work no invoice has billed yet, by month",
        ar: "العمل القابل للفوترة الذي لم تشمله أي فاتورة بعد، حسب الشهر")
    case .spans:
      LocalizedText(
        en: "What each invoice earned for the work it bills", ar: "ما اكتسبته كل فاتورة عن العمل الذي تفوتره")
    case .invoices: LocalizedText(en: "Invoices issued", ar: "الفواتير الصادرة")
    case .lateness:
      LocalizedText(
        en: "Payments and open balances past due, with days late",
        ar: "الدفعات والأرصدة المفتوحة التي تجاوزت موعد استحقاقها، مع أيام التأخير")
    case .expenses: LocalizedText(en: "Expenses", ar: "المصروفات")
    case .incidents: LocalizedText(en: "Incidents", ar: "الوقائع")
    case .clients: LocalizedText(en: "Every client's hours and earned revenue", ar: "ساعات كل عميل وإيراده المكتسب")
    case .received: LocalizedText(en: "Payments received", ar: "الدفعات المستلمة")
    }
  }

  /// The year's clients table says what it is for.
  static func table(_ table: RowTable) -> LocalizedText {
    table.kind == .clients && table.scope == .year
      ? LocalizedText(
        en: "Every client's earned revenue (the share's divisor)", ar: "الإيراد المكتسب لكل عميل (مقام الحصة)")
      : self.table(table.kind)
  }

  /// A column's title.
  static func column(_ id: String) -> LocalizedText {
    switch id {
    case "month": LocalizedText(en: "Month", ar: "الشهر")
    case "hours": LocalizedText(en: "Hours", ar: "الساعات")
    case "billableHours": LocalizedText(en: "Billable h", ar: "الساعات القابلة للفوترة")
    case "nonBillableHours": LocalizedText(en: "Non-billable h", ar: "الساعات غير القابلة للفوترة")
    case "billableValue": LocalizedText(en: "Billable value", ar: "القيمة القابلة للفوترة")
    case "timeCost": LocalizedText(en: "Cost of time", ar: "تكلفة الوقت")
    case "value": LocalizedText(en: "Value", ar: "القيمة")
    case "hoursWithoutValue": LocalizedText(en: "h without value", ar: "الساعات بلا قيمة")
    case "span": LocalizedText(en: "Span", ar: "الفترة")
    case "invoices": LocalizedText(en: "Invoices", ar: "الفواتير")
    case "net": LocalizedText(en: "Net", ar: "الصافي")
    case "billedBy": LocalizedText(en: "By", ar: "التوزيع بحسب")
    case "hoursInScope": LocalizedText(en: "Hours here", ar: "الساعات هنا")
    case "attributed": LocalizedText(en: "Earned here", ar: "المكتسب هنا")
    case "invoice": LocalizedText(en: "Invoice", ar: "الفاتورة")
    case "issued": LocalizedText(en: "Issued", ar: "تاريخ الإصدار")
    case "due": LocalizedText(en: "Due", ar: "الاستحقاق")
    case "amount": LocalizedText(en: "Amount", ar: "المبلغ")
    case "collected": LocalizedText(en: "Collected", ar: "المحصّل")
    case "open": LocalizedText(en: "Open", ar: "الرصيد المفتوح")
    case "badDebt": LocalizedText(en: "Bad debt", ar: "الدين المعدوم")
    case "paidOn": LocalizedText(en: "Paid", ar: "تاريخ الدفع")
    case "daysLate": LocalizedText(en: "Days late", ar: "أيام التأخير")
    case "daysToPay": LocalizedText(en: "Days to pay", ar: "أيام السداد")
    case "carrying": LocalizedText(en: "Carrying", ar: "تكلفة التمويل")
    case "date": LocalizedText(en: "Date", ar: "التاريخ")
    case "description": LocalizedText(en: "Description", ar: "الوصف")
    case "kind": LocalizedText(en: "Kind", ar: "النوع")
    case "note": LocalizedText(en: "Note", ar: "الملاحظة")
    case "client": LocalizedText(en: "Client", ar: "العميل")
    case "earned": LocalizedText(en: "Earned", ar: "المكتسب")
    case "counted": LocalizedText(en: "Counted", ar: "المحتسب")
    default: .same("\(code: id)")
    }
  }

  /// A column's title inside a sentence: `days late`, lower case in English.
  static func columnInSentence(_ id: String) -> LocalizedText {
    let title = column(id)
    let english = Template(
      pieces: title.english.pieces.map { piece in
        if case .literal(let text) = piece { return .literal(text.lowercased()) }
        return piece
      })
    return LocalizedText(en: english, ar: title.arabic)
  }

  /// A text cell of the column `column` as people read it: a month in the run's digits, an incident
  /// kind and a weighting in words, bad debt in words, any other text (a number, a note, a name)
  /// as the data has it.
  static func cell(_ text: String, column: String) -> LocalizedText {
    switch (column, text) {
    case ("badDebt", "badDebt"): return LocalizedText(en: "bad debt", ar: "دين معدوم")
    case ("badDebt", ""): return .empty
    case ("billedBy", "value"): return LocalizedText(en: "value", ar: "القيمة")
    case ("billedBy", "hours"): return LocalizedText(en: "hours", ar: "الساعات")
    case ("billedBy", "days"): return LocalizedText(en: "days", ar: "الأيام")
    case ("kind", let code):
      return IncidentKind(rawValue: code)?.text ?? .same("\(code: code)")
    case ("month", let month):
      let parts = month.split(separator: "-").compactMap { Int($0) }
      guard parts.count == 2 else { return .same("\(code: month)") }
      return .same("\(period: TrendLabel(year: parts[0], month: parts[1]))")
    default: return text.isEmpty ? .empty : .same("\(name: text)")
    }
  }

  /// `Σ amount of invoices`.
  static func total(_ column: LocalizedText) -> LocalizedText {
    LocalizedText(en: "Σ \(column)", ar: "مجموع \(column)")
  }

  /// `the most days late of lateness items`.
  static func largest(_ column: LocalizedText) -> LocalizedText {
    LocalizedText(en: "the most \(column)", ar: "أعلى \(column)")
  }

  /// `the mean of days late of lateness items weighted by amount`.
  static func weightedMean(_ column: LocalizedText, by weights: LocalizedText) -> LocalizedText {
    LocalizedText(en: "the mean of \(column) weighted by \(weights)", ar: "متوسط \(column) مرجّحًا بحسب \(weights)")
  }

  /// `amount of invoices`: a column of a table.
  static func column(_ column: LocalizedText, of table: LocalizedText) -> LocalizedText {
    LocalizedText(en: "\(column) of \(table)", ar: "\(column) في \(table)")
  }

  /// `late items`: the rows of a table with a value above zero in a column.
  static func positiveRows(_ table: LocalizedText, column: String) -> LocalizedText {
    guard column != "daysLate" else { return LocalizedText(en: "late items", ar: "البنود المتأخرة") }
    return LocalizedText(
      en: "\(table) with \(columnInSentence(column)) above zero",
      ar: "\(table) التي فيها \(columnInSentence(column)) أكبر من الصفر")
  }

  /// `max(a, b)`.
  static func larger(_ a: LocalizedText, _ b: LocalizedText) -> LocalizedText {
    LocalizedText(en: "max(\(a), \(b))", ar: "الأكبر من (\(a)، \(b))")
  }

  /// `min(a, b)`.
  static func smaller(_ a: LocalizedText, _ b: LocalizedText) -> LocalizedText {
    LocalizedText(en: "min(\(a), \(b))", ar: "الأصغر من (\(a)، \(b))")
  }
}
