import Domain

/// The days one invoice bills (spec §3a): the work in them earns its net amount.
///
/// Invoices of one client issued on the same day share a span, and a credit note joins the span
/// its issue date falls in; `net` is the sum of all of them, each less its bad debt.
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

  /// How many of the span's days lie in `period`.
  func days(in period: Period) -> Int {
    let start = max(first, period.from ?? first)
    let end = min(last, period.to ?? last)
    return max(0, end - start + 1)
  }
}

/// A span's billable work that falls in one period: the part of the net amount that period earns.
struct SpanWork: Sendable, Equatable {
  var value: Int128 = 0
  var seconds: Int128 = 0

  /// The span's net amount attributed to this work, added to `sum`.
  func attribute(_ span: WorkSpan, in period: Period, to sum: inout ExactSum) {
    switch span.weighting {
    case .value where value != 0: sum.add(span.net * value, over: span.value)
    case .seconds where seconds != 0: sum.add(span.net * seconds, over: span.seconds)
    case .days:
      let days = span.days(in: period)
      if days > 0 { sum.add(span.net * Int128(days), over: Int128(span.days)) }
    default: break
    }
  }
}
