import Domain

/// One client's invoice spans (spec §3a), in date order, and which span a day's work belongs to.
struct InvoiceSpans: Sendable {
  /// One invoice or credit note as the spans need it.
  struct Billed: Sendable {
    var issued: Day
    /// Amount less bad debt, in minor units; negative for a credit note.
    var net: Int128
    var isCreditNote: Bool
  }

  let billing: Billing
  private(set) var spans: [WorkSpan] = []
  /// The distinct issue days that make the spans, ascending.
  private let issueDays: [Day]
  /// The span of each day from the first span's first day to the last span's last, as the spans
  /// were made (they are contiguous): a day's span found by one subtraction rather than a search
  /// whose every step is a guess, whatever order the days come in. Empty but between
  /// `makeDayTable()` and `releaseDayTable()`, and when the spans cover more than `maximumTableDays`.
  private var spanOfDay: [Int32] = []
  private var tableStart = Day(daysSinceEpoch: 0)
  private static let maximumTableDays = 1 << 16

  /// The spans of `billed` (any order). Credit notes make spans only when the client has no
  /// invoice; otherwise each joins the span its issue date falls in, or the nearest end one.
  init(_ billed: [Billed], billing: Billing) {
    self.billing = billing
    let makers = billed.contains { !$0.isCreditNote } ? billed.filter { !$0.isCreditNote } : billed
    var days = makers.map(\.issued)
    days.sort()
    // Sorted, then each day once: cheaper than hashing every day into a set.
    issueDays = days.indices.compactMap { $0 > 0 && days[$0] == days[$0 - 1] ? nil : days[$0] }
    spans.reserveCapacity(issueDays.count)
    for (index, day) in issueDays.enumerated() {
      switch billing {
      case .arrears:
        spans.append(WorkSpan(first: index == 0 ? day : issueDays[index - 1] + 1, last: day))
      case .advance:
        let next = index + 1 < issueDays.count ? issueDays[index + 1] : nil
        spans.append(WorkSpan(first: day, last: (next ?? day + lastLength) - 1))
      }
    }
    for item in billed {
      guard let index = nearestSpan(to: item.issued) else { continue }
      spans[index].net += item.net
    }
  }

  /// An advance client's last span is as long as the one before it, 30 days when it is the only one.
  private var lastLength: Int {
    let count = issueDays.count
    return count >= 2 ? issueDays[count - 1] - issueDays[count - 2] : 30
  }

  /// Counts a day's billable work in the weights of the span at `index`.
  mutating func add(_ work: BilledWork, toSpan index: Int) {
    spans[index].seconds += work.seconds
    spans[index].value += work.value
    spans[index].unvalued += work.unvaluedEntries
  }

  /// Fixes the spans' ends once the work is known: for arrears billing the first span starts at the
  /// client's first time entry or expense when that is earlier than its issue date; a span that runs
  /// past `asOf` has facts only up to it.
  mutating func settle(firstActivity: Day?, asOf: Day) {
    if billing == .arrears, let firstActivity, !spans.isEmpty, firstActivity < spans[0].first {
      spans[0].first = firstActivity
    }
    for index in spans.indices where spans[index].last > asOf {
      spans[index].elapsedLast = asOf
    }
  }

  /// Makes the table of days, for counting the client's work: `releaseDayTable()` once it is
  /// counted, as a report holds every client's spans at once, and the tables of hundreds of clients
  /// are megabytes.
  mutating func makeDayTable() {
    guard let first = spans.first?.first, let last = spans.last?.last, last - first < Self.maximumTableDays else {
      return
    }
    tableStart = first
    spanOfDay.reserveCapacity(last - first + 1)
    for (index, span) in spans.enumerated() {
      spanOfDay.append(contentsOf: repeatElement(Int32(index), count: span.last - span.first + 1))
    }
  }

  mutating func releaseDayTable() {
    spanOfDay = []
  }

  /// The index of the span that bills work done on `day`; nil when that work is unbilled.
  func span(billing day: Day) -> Int? {
    let offset = day - tableStart
    if offset >= 0 && offset < spanOfDay.count { return Int(spanOfDay[offset]) }
    guard let index = nearestSpan(to: day) else { return nil }
    return spans[index].first <= day && day <= spans[index].last ? index : arrearsFirst(day, index)
  }

  /// Arrears: work before the first issue date belongs to the first span whatever day it starts.
  private func arrearsFirst(_ day: Day, _ index: Int) -> Int? {
    billing == .arrears && index == 0 && day <= spans[0].last ? 0 : nil
  }

  /// The span an invoice issued on `day` belongs to (a credit note joins the nearest one); nil
  /// without spans.
  func span(issued day: Day) -> Int? { nearestSpan(to: day) }

  /// The span `day` falls in, else the first (before it) or the last (after it); nil without spans.
  private func nearestSpan(to day: Day) -> Int? {
    guard !issueDays.isEmpty else { return nil }
    switch billing {
    case .arrears:
      // The first span whose issue day is on or after `day`.
      let index = firstIndex { $0 >= day }
      return min(index, issueDays.count - 1)
    case .advance:
      // The last span whose issue day is on or before `day`.
      let index = firstIndex { $0 > day } - 1
      return max(index, 0)
    }
  }

  /// The first index of `issueDays` where `predicate` holds (it holds from there on), else the count.
  private func firstIndex(where predicate: (Day) -> Bool) -> Int {
    var (low, high) = (0, issueDays.count)
    while low < high {
      let middle = (low + high) / 2
      if predicate(issueDays[middle]) { high = middle } else { low = middle + 1 }
    }
    return low
  }
}
