import Domain

/// The days one invoice bills (spec §3a): the work in them earns its net amount.
///
/// Invoices of one client issued on the same day share a span, and a credit note joins the span
/// its issue date falls in; `net` is the sum of all of them, each less its bad debt.
///
/// A span that runs past as-of (an advance invoice's, whose work is still to come) has only the
/// work done so far: it earns the share of its net amount its elapsed days are, and the rest is
/// spread over the days still to come, instead of the whole amount landing on a few days' work.
struct WorkSpan: Sendable, Equatable {
  /// First and last day, both included.
  var first: Day
  var last: Day
  /// Σ (amount − bad debt) of the span's invoices and credit notes, in minor units.
  var net: Int128 = 0
  /// Σ billable value of the span's billable entries that have one.
  var value: Int128 = 0
  /// Σ billable seconds of the span's billable entries.
  var seconds: Int128 = 0
  /// The span's billable entries without a value.
  var unvalued = 0
  /// The last day with facts: the span's end, or as-of when the span runs past it.
  var elapsedLast: Day

  init(first: Day, last: Day) {
    self.first = first
    self.last = last
    self.elapsedLast = last
  }

  /// How the net amount is spread over the work (spec §3a).
  enum Weighting: Sendable, Equatable {
    /// In proportion to billable value: every billable entry has one and they sum above 0.
    case value
    /// In proportion to billable seconds.
    case seconds
    /// No billable time: evenly over the span's days.
    case days
  }

  var weighting: Weighting {
    if unvalued == 0 && value > 0 { return .value }
    return seconds > 0 ? .seconds : .days
  }

  /// The span's days.
  var days: Int { last - first + 1 }

  /// The span's days up to as-of.
  var elapsedDays: Int { max(0, elapsedLast - first + 1) }

  /// How many of the days `first`…`last` lie in `period`.
  static func days(from first: Day, to last: Day, in period: Period) -> Int {
    let start = max(first, period.from ?? first)
    let end = min(last, period.to ?? last)
    return max(0, end - start + 1)
  }
}

/// A span's billable work that falls in one period: the part of the net amount that period earns.
struct SpanWork: Sendable, Equatable {
  var value: Int128 = 0
  var seconds: Int128 = 0

  /// The span's net amount attributed to this work, added to `sum`: the elapsed share to the work
  /// by value or seconds (evenly over the elapsed days without billable time), the rest evenly over
  /// the days after as-of.
  func attribute(_ span: WorkSpan, in period: Period, to sum: inout some ExactTerms) {
    let days = Int128(span.days)
    let elapsed = Int128(span.elapsedDays)
    switch span.weighting {
    case .value where value != 0: sum.add(span.net * elapsed * value, over: days * span.value)
    case .seconds where seconds != 0: sum.add(span.net * elapsed * seconds, over: days * span.seconds)
    case .days:
      let inPeriod = WorkSpan.days(from: span.first, to: span.elapsedLast, in: period)
      if inPeriod > 0 { sum.add(span.net * Int128(inPeriod), over: days) }
    default: break
    }
    guard span.elapsedLast < span.last else { return }
    let future = WorkSpan.days(from: span.elapsedLast + 1, to: span.last, in: period)
    if future > 0 { sum.add(span.net * Int128(future), over: days) }
  }
}
