import Domain

/// One client's spans and the work each period holds, gathered in one pass over the time.
struct ClientEarnings: Sendable {
  var spans: InvoiceSpans
  /// Per period, per span: the span's work that falls in the period.
  var work: [[SpanWork]]
  var unbilled: [UnbilledWork]
  var firstActivity: Day?
  /// The time entries in each of the first periods.
  var times: [TimeTotals]

  init(spans: InvoiceSpans, periodCount: Int, timedCount: Int = 1) {
    self.spans = spans
    work = Array(repeating: Array(repeating: SpanWork(), count: spans.spans.count), count: periodCount)
    unbilled = Array(repeating: UnbilledWork(), count: periodCount)
    times = Array(repeating: TimeTotals(), count: timedCount)
  }

  mutating func see(_ day: Day) {
    firstActivity = min(firstActivity ?? day, day)
  }

  /// Counts a day's billable work in its span's weights and in each period that holds the day.
  mutating func add(_ day: BilledWork, periods: [Period]) {
    if let index = spans.span(billing: day.day) {
      spans.add(day, toSpan: index)
      for period in periods.indices where periods[period].contains(day.day) {
        work[period][index].seconds += day.seconds
        work[period][index].value += day.value
      }
    } else {
      for period in periods.indices where periods[period].contains(day.day) {
        unbilled[period].add(day)
      }
    }
  }

  func results(periods: [Period], currency: Currency) -> [EarnedRevenue.Result] {
    let rates = self.rates
    return periods.indices.map { index in
      var earned = ExactSum()
      for (span, work) in zip(spans.spans, work[index]) {
        work.attribute(span, in: periods[index], to: &earned)
      }
      var unbilledValue = ExactSum()
      guard unbilled[index].addValue(at: rates, to: &unbilledValue) else {
        return EarnedRevenue.Result(earned: nil, unbilledValue: nil, oldestUnbilled: unbilled[index].oldest)
      }
      earned.add(unbilledValue)
      return EarnedRevenue.Result(
        earned: earned.money(currency), unbilledValue: unbilledValue.money(currency),
        oldestUnbilled: unbilled[index].oldest)
    }
  }
}

extension ClientEarnings {
  /// What the client's billed work earned, to value its unbilled work at.
  var rates: BilledRates { BilledRates(spans: spans.spans) }

  /// What each span attributes to the work of `periods[index]`, exactly, in span order.
  func attributions(period index: Int, of periods: [Period]) -> [Fraction] {
    zip(spans.spans, work[index]).map { span, work in
      var amount = ExactFraction()
      work.attribute(span, in: periods[index], to: &amount)
      return amount.value
    }
  }
}
