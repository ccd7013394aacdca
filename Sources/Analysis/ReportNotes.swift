import Domain
import Localization

/// What the report says about the input as a whole (spec §3 and the checks of issue 17): the facts
/// left out for being dated after as-of, an as-of well past the input's last day, a ledger without
/// any time log, and incidents that name no client.
enum ReportNotes {
  /// Days the as-of may pass the input's latest date before a note says so: about one invoicing
  /// cycle, past which the trailing window's empty days start to move its verdicts.
  static let quietDaysNoted = 30

  static func notes(ledger: Ledger, book: InvoiceBook, asOf: Day, clients: Set<ClientKey>) -> [Diagnostic] {
    var notes: [Diagnostic] = []
    if let later = leftOut(ledger: ledger, book: book, asOf: asOf) { notes.append(later) }
    if let void = leftOutByStatus(ledger: ledger, asOf: asOf) { notes.append(void) }
    if let stale = asOfPastTheInput(ledger: ledger, asOf: asOf) { notes.append(stale) }
    if ledger.timeEntries.isEmpty && !(book.entries.isEmpty && ledger.expenses.isEmpty) {
      notes.append(Diagnostic(file: "", line: nil, column: nil, severity: .warning, text: .noTimeLog))
    }
    notes += strayIncidents(ledger: ledger, book: book, clients: clients)
    return notes
  }

  /// A warning naming the people whose hours no cost rate covers (spec §4a), with the first such
  /// day of each; nil when every hour by as-of has one. Their clients' cost and profit are unknown.
  static func uncosted(ledger: Ledger, costRates: CostRates, asOf: Day) -> Diagnostic? {
    var firstDay: [String: Day] = [:]
    for entry in ledger.timeEntries where entry.day <= asOf && entry.costSeconds == nil {
      guard costRates.rate(of: entry.person, on: entry.day) == nil else { continue }
      let name = entry.person ?? ""
      firstDay[name] = min(firstDay[name] ?? entry.day, entry.day)
    }
    guard !firstDay.isEmpty else { return nil }
    let people = firstDay.sorted { $0.key < $1.key }.map { name, day in
      name.isEmpty
        ? LocalizedText(en: "time with no person (from \(day: day))", ar: "وقت بلا اسم شخص (منذ \(day: day))")
        : LocalizedText.same("\(name: name) (\(day: day))")
    }
    return Diagnostic(file: "", line: nil, column: nil, severity: .warning, text: .uncostedHours(people))
  }

  /// One note counting the time entries, invoices, payments, expenses and incidents dated after
  /// `asOf`; nil when there are none.
  static func leftOut(ledger: Ledger, book: InvoiceBook, asOf: Day) -> Diagnostic? {
    var counts: [(count: Int, noun: CountedNoun)] = [
      (timeAfter(ledger.timeEntries, asOf), .timeEntry),
      (book.entries.count { $0.invoice.issued > asOf }, .invoice),
      (book.entries.reduce(0) { $0 + $1.receipts.count { ($0.day ?? asOf) > asOf } }, .payment),
      (ledger.expenses.count { $0.day > asOf }, .expense),
      (ledger.incidents.count { $0.day > asOf }, .incident),
    ]
    counts.removeAll { $0.count == 0 }
    guard !counts.isEmpty else { return nil }
    let message = LocalizedText.leftOutAfterAsOf(counts, asOf: asOf)
    return Diagnostic(file: "", line: nil, column: nil, severity: .note, text: message)
  }

  /// One note counting the invoices by as-of whose status leaves them out (void, draft, deleted,
  /// cancelled: spec §1) and whose clients have nothing else in the input; nil when there are none.
  /// Those clients vanish from the report, so a file of drafts would otherwise read as "13
  /// imported" and then show nothing. (An invoice voided beside others of its client changes no
  /// row a reader looks for, and is not noted.)
  static func leftOutByStatus(ledger: Ledger, asOf: Day) -> Diagnostic? {
    // Runs for every report: nothing is copied or collected unless an invoice is left out.
    guard ledger.invoices.contains(where: { $0.status == .ignored && $0.issued <= asOf }) else { return nil }
    var seen = ledger.timeClients
    for invoice in ledger.invoices where invoice.status != .ignored && invoice.issued <= asOf {
      seen.insert(invoice.client)
    }
    for expense in ledger.expenses { seen.insert(expense.client) }
    var vanished = 0
    var clients: Set<ClientKey> = []
    for invoice in ledger.invoices
    where invoice.status == .ignored && invoice.issued <= asOf && !seen.contains(invoice.client) {
      vanished += 1
      clients.insert(invoice.client)
    }
    guard vanished > 0 else { return nil }
    let names = clients.map { ledger.clients.displayName(for: $0) }.sorted()
    return Diagnostic(
      file: "", line: nil, column: nil, severity: .note, text: .leftOutByStatus(vanished, clients: names),
      cause: "ignored-status")
  }

  /// A note when as-of lies more than `quietDaysNoted` days after the input's latest date (the
  /// default as-of): every figure and decision counts those days as days without work, invoices
  /// or payments, so a run on stale exports would judge its clients on a silence that is only the
  /// files' age (unbilled work turns old, the window's profit thins).
  static func asOfPastTheInput(ledger: Ledger, asOf: Day) -> Diagnostic? {
    // Recent time is enough to know, without matching every payment to its invoice.
    if let lastTime = ledger.timeEntries.days?.upperBound, asOf - lastTime <= quietDaysNoted { return nil }
    guard let latest = FigureCalculator.defaultAsOf(ledger), asOf - latest > quietDaysNoted else { return nil }
    return Diagnostic(
      file: "", line: nil, column: nil, severity: .note, text: .asOfPastTheInput(latest: latest, asOf: asOf),
      cause: "as-of-past-input")
  }

  /// The time entries dated after `asOf`: none to count when the log's last day is not.
  private static func timeAfter(_ log: TimeLog, _ asOf: Day) -> Int {
    guard let days = log.days, days.upperBound > asOf else { return 0 }
    return log.byClient.reduce(0) { $0 + $1.count { $0.day > asOf } }
  }

  /// A warning for each incident whose client has no time entry, counted invoice or expense,
  /// with the nearest client's name; such an incident makes no client (spec §3).
  static func strayIncidents(ledger: Ledger, book: InvoiceBook, clients: Set<ClientKey>) -> [Diagnostic] {
    let stray = ledger.incidents.filter { !clients.contains($0.client) }
    guard !stray.isEmpty else { return [] }
    var everyClient = ledger.timeClients
    for entry in book.entries { everyClient.insert(entry.invoice.client) }
    for expense in ledger.expenses { everyClient.insert(expense.client) }
    let names = everyClient.map { ledger.clients.displayName(for: $0) }.sorted()
    return stray.compactMap { incident in
      // A client whose facts all lie after as-of is known: its incident is left out with them.
      guard !everyClient.contains(incident.client) else { return nil }
      let name = ledger.clients.displayName(for: incident.client)
      let message = LocalizedText.incidentForNoClient(
        incident, name: name, nearest: EditDistance.nearest(to: name, in: names))
      let position = incident.position
      return Diagnostic(
        file: position?.file ?? "", line: position?.line, column: position?.column, severity: .warning, text: message)
    }
  }
}

extension LocalizedText {
  fileprivate static func uncostedHours(_ people: [LocalizedText]) -> LocalizedText {
    LocalizedText(
      en: "no cost rate covers the hours of \(list: people): the person has none in \"\(code: "people")\" and no "
        + "default \"\(code: "costRate")\" is in force that day, so their clients' cost and profit are unknown",
      ar: "لا تغطي أي تكلفة ساعة ساعات \(list: people): فليس للشخص تكلفة في «\(code: "people")» ولا تكلفة افتراضية "
        + "«\(code: "costRate")» سارية في ذلك اليوم، فتكلفة عملائهم وربحهم غير معروفين")
  }

  fileprivate static let noTimeLog = LocalizedText(
    en: "no time log: every client has 0 hours, so effective rates, cost and profit leave out your time "
      + "(add a time export to judge the clients)",
    ar: "لا يوجد سجل وقت: لكل عميل صفر ساعة، فسعر الساعة الفعلي والتكلفة والربح لا تحسب وقتك "
      + "(أضف ملف تصدير للوقت لتقييم العملاء)")

  fileprivate static func leftOutByStatus(_ count: Int, clients: [String]) -> LocalizedText {
    let names = clients.map { LocalizedText.same("\(name: $0)") }
    let invoices = LocalizedText(
      en: "\(count: count, .invoice) marked void, draft, deleted or cancelled left out of every figure, and with them "
        + "\(list: names)",
      ar: "استُبعدت من كل الأرقام \(count: count, .invoice) بحالة ملغاة أو مسودة أو محذوفة، ومعها \(list: names)")
    return invoices
      + (clients.count == 1
        ? LocalizedText(en: ", which has nothing else in the input", ar: " إذ لا شيء آخر له في المدخلات")
        : LocalizedText(en: ", which have nothing else in the input", ar: " إذ لا شيء آخر لها في المدخلات"))
  }

  fileprivate static func leftOutAfterAsOf(_ counts: [(count: Int, noun: CountedNoun)], asOf: Day) -> LocalizedText {
    let items = counts.map { LocalizedText.same("\(count: $0.count, $0.noun)") }
    return LocalizedText(
      en: "\(list: items) dated after the as-of date \(day: asOf) left out: they have not happened yet",
      ar: "استُبعد ما تاريخه بعد تاريخ الاحتساب \(day: asOf): \(list: items)، لأنه لم يحدث بعد")
  }

  fileprivate static func asOfPastTheInput(latest: Day, asOf: Day) -> LocalizedText {
    let quiet = asOf - latest
    return LocalizedText(
      en: "the input's latest date is \(day: latest), \(count: quiet, .day) before the as-of date \(day: asOf): every "
        + "figure and decision counts those days as days without work, invoices or payments; export newer files, or "
        + "judge as of \(day: latest)",
      ar: "آخر تاريخ في المدخلات \(day: latest)، قبل تاريخ الاحتساب \(day: asOf) بـ\(count: quiet, .day): تُعدّ هذه "
        + "الأيام في كل رقم وكل قرار أيامًا بلا عمل ولا فواتير ولا دفعات؛ صدّر ملفات أحدث، أو احتسب حتى \(day: latest)")
  }

  fileprivate static func incidentForNoClient(_ incident: Incident, name: String, nearest: String?) -> LocalizedText {
    let hint =
      nearest.map {
        LocalizedText(
          en: "; did you mean '\(name: $0)'? (add an alias if they are one client)",
          ar: "؛ هل تقصد «\(name: $0)»؟ (أضف اسمًا بديلًا في \(code: "aliases") إن كانا عميلًا واحدًا)")
      } ?? .empty
    return LocalizedText(
      en: "incident '\(code: incident.kind.rawValue)' on \(day: incident.day) names '\(name: name)', who has no time "
        + "entry, invoice or expense\(hint); it is not counted",
      ar: "الواقعة «\(code: incident.kind.rawValue)» بتاريخ \(day: incident.day) تذكر «\(name: name)»، ولا يوجد له "
        + "أي قيد وقت أو فاتورة أو مصروف\(hint)؛ لم تُحتسب")
  }
}
