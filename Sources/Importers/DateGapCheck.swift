import Domain
import Localization

/// A warning for the few facts dated years apart from all the others: most likely a year typed
/// wrong (`1923` for `2023`, `2052` for `2025`). Such a date is valid, so it is read, but it moves
/// a client's first day (and so its tenure), stretches a trend over decades and bills its work
/// with the wrong invoice; the warning names the first such row.
enum DateGapCheck {
  /// Days between two facts that no real break in the books comes near: over three years.
  static let gapDays = 3 * 365 + 1
  /// The most facts the smaller side of the gap may hold, as a share of all: 1 in 100.
  static let strayShare = 100

  /// The warning for the facts (time entries, invoices by issue date, payments, expenses) on the
  /// smaller side of the widest gap between dated facts, when that gap is over `gapDays` and that
  /// side holds at most 1 % of them; none otherwise.
  static func warnings(_ ledger: Ledger) -> [Diagnostic] {
    // Dates that all lie within `gapDays` of one another hold no wider gap: then the facts need not
    // be counted (a pass over a million time entries is ~10 ms of memory traffic).
    guard let span = span(of: ledger), span.upperBound - span.lowerBound > gapDays else { return [] }
    let bounds = LedgerBounds.days
    let first = Int(bounds.lowerBound.daysSinceEpoch)
    // Facts per day over the days a ledger may hold: counting, not sorting, keeps this one pass.
    var counts = [Int32](repeating: 0, count: Int(bounds.upperBound.daysSinceEpoch) - first + 1)
    var total = 0
    func count(_ day: Day) {
      guard bounds.contains(day) else { return }
      counts[Int(day.daysSinceEpoch) - first] += 1
      total += 1
    }
    for entries in ledger.timeEntries.byClient { entries.forEachDay(count) }
    for invoice in ledger.invoices { count(invoice.issued) }
    for payment in ledger.payments { count(payment.day) }
    for expense in ledger.expenses { count(expense.day) }
    guard let gap = widestGap(counts), gap.days > gapDays else { return [] }
    let before = counts[..<gap.after].reduce(0) { $0 + Int($1) }
    let strayBefore = before <= total - before
    let strays = strayBefore ? before : total - before
    guard strays * strayShare <= total else { return [] }
    func day(_ offset: Int) -> Day { Day(daysSinceEpoch: Int32(first + offset)) }
    let side = strayBefore ? counts.indices[..<gap.after] : counts.indices[gap.after...]
    guard let earliest = side.first(where: { counts[$0] > 0 }), let latest = side.last(where: { counts[$0] > 0 })
    else { return [] }
    let range = day(earliest)...day(latest)
    let position = firstPosition(in: range, of: ledger)
    let text = LocalizedText.strayDates(
      strays, range, nearest: day(strayBefore ? gap.after : gap.before), before: strayBefore)
    return [
      Diagnostic(
        file: position?.file ?? "", line: position?.line, column: position?.column, severity: .warning,
        text: text, cause: "date-far-from-others")
    ]
  }

  /// The first and last day of any fact; nil when there is none. The time's, as the log keeps them.
  private static func span(of ledger: Ledger) -> ClosedRange<Day>? {
    var span = ledger.timeEntries.days
    func see(_ day: Day) { span = span.map { min($0.lowerBound, day)...max($0.upperBound, day) } ?? day...day }
    let (invoices, payments, expenses) = (ledger.invoices, ledger.payments, ledger.expenses)
    for index in invoices.indices { see(invoices[index].issued) }
    for index in payments.indices { see(payments[index].day) }
    for index in expenses.indices { see(expenses[index].day) }
    return span
  }

  /// The days on either side of the widest run of days without a fact: the offsets of the last
  /// day before it and the first after it; nil when there are fewer than two days with facts.
  private static func widestGap(_ counts: [Int32]) -> (before: Int, after: Int, days: Int)? {
    var widest: (before: Int, after: Int, days: Int)?
    var last: Int?
    for offset in counts.indices where counts[offset] > 0 {
      if let last, offset - last > (widest?.days ?? 0) { widest = (last, offset, offset - last) }
      last = offset
    }
    return widest
  }

  /// Where the first fact dated in `range` was read: time first, then invoices, payments and
  /// expenses, each in the order read.
  private static func firstPosition(in range: ClosedRange<Day>, of ledger: Ledger) -> SourcePosition? {
    ledger.timeEntries.first { range.contains($0.day) }?.position
      ?? ledger.invoices.first { range.contains($0.issued) }?.position
      ?? ledger.payments.first { range.contains($0.day) }?.position
      ?? ledger.expenses.first { range.contains($0.day) }?.position
  }
}

extension LocalizedText {
  /// `3 rows are dated 1923-01-02 to 1923-03-01, over three years before all the others (the
  /// nearest on 2023-01-02): …`.
  fileprivate static func strayDates(_ count: Int, _ range: ClosedRange<Day>, nearest: Day, before: Bool)
    -> LocalizedText
  {
    let dates =
      range.lowerBound == range.upperBound
      ? LocalizedText.same("\(day: range.lowerBound)")
      : LocalizedText(
        en: "\(day: range.lowerBound) to \(day: range.upperBound)",
        ar: "من \(day: range.lowerBound) إلى \(day: range.upperBound)")
    let side = before ? LocalizedText(en: "before", ar: "قبل") : LocalizedText(en: "after", ar: "بعد")
    let dated = LocalizedText(en: count == 1 ? "is dated" : "are dated", ar: "بتاريخ")
    return LocalizedText(
      en: "\(count: count, .row) \(dated) \(dates), over three years \(side) all the others "
        + "(the nearest on \(day: nearest)): is the year right? Read as written.",
      ar: "\(count: count, .row) \(dated) \(dates)، \(side) سائر الصفوف بأكثر من ثلاث سنوات "
        + "(أقربها في \(day: nearest)): هل السنة صحيحة؟ قُرئ كما كُتب.")
  }
}
