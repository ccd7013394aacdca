import Domain

/// A client's billable work in one period that no invoice has billed (spec §3a "Unbilled work"),
/// summed so that it can be valued once the client's billed spans are known.
struct UnbilledWork: Sendable, Equatable {
  /// Σ value of the unbilled entries that have one, and their seconds.
  var value: Int128 = 0
  var valuedSeconds: Int128 = 0
  /// Σ seconds of the unbilled entries without a value, and how many of them have any time.
  var unvaluedSeconds: Int128 = 0
  var unvaluedCount = 0
  /// The oldest unbilled entry's day; nil when there is none.
  var oldest: Day?

  mutating func add(_ work: BilledWork) {
    oldest = min(oldest ?? work.day, work.day)
    value += work.value
    valuedSeconds += work.seconds - work.unvaluedSeconds
    unvaluedSeconds += work.unvaluedSeconds
    unvaluedCount += work.unvaluedTimedEntries
  }

  var isEmpty: Bool { oldest == nil }

  /// The estimated value, added to `sum`; false when it cannot be valued (spec §3a).
  func addValue(at rates: BilledRates, to sum: inout some ExactTerms) -> Bool {
    guard let terms = valuation(at: rates) else { return false }
    for term in terms { sum.add(term.factor * Fraction(term.quantity)) }
    return true
  }

  /// How the work is valued (spec §3a): terms of a factor times a quantity, which add up to its
  /// value; empty when there is no unbilled work, nil when it cannot be valued.
  func valuation(at rates: BilledRates) -> [UnbilledTerm]? {
    guard !isEmpty else { return [] }
    guard rates.net > 0 else {
      // The billed spans earned nothing positive: billable value at face, when every entry has one.
      guard unvaluedCount == 0 else { return nil }
      return [UnbilledTerm(basis: .face, factor: .one, quantity: value)]
    }
    if let realization = rates.realization {
      var terms = [UnbilledTerm(basis: .realization, factor: realization, quantity: value)]
      guard unvaluedSeconds != 0 else { return terms }
      guard let perSecond = rates.perSecond else { return nil }
      terms.append(UnbilledTerm(basis: .perSecond, factor: perSecond, quantity: unvaluedSeconds))
      return terms
    }
    guard let perSecond = rates.perSecond else { return nil }
    return [UnbilledTerm(basis: .perSecond, factor: perSecond, quantity: valuedSeconds + unvaluedSeconds)]
  }
}

/// One term of unbilled work's value: a factor times minor units of billable value, or times
/// billable seconds.
struct UnbilledTerm: Sendable, Equatable {
  enum Basis: Sendable, Equatable {
    /// The billable value, at face (the client's billed work earned nothing positive).
    case face
    /// The billable value × the realization over the billed spans.
    case realization
    /// Billable seconds × net invoiced per billable second over the billed spans.
    case perSecond
  }

  var basis: Basis
  var factor: Fraction
  /// Minor units of billable value (face, realization) or billable seconds (perSecond).
  var quantity: Int128
}

/// What a client's billed work earned, to value its unbilled work at: over the spans that hold
/// billable time, Σ net invoiced against Σ billable value and Σ billable seconds.
struct BilledRates: Sendable, Equatable {
  var net: Int128 = 0
  var value: Int128 = 0
  var seconds: Int128 = 0
  /// True when every billable entry of those spans has a value.
  var allValued = true

  init(spans: [WorkSpan]) {
    for span in spans where span.weighting != .days {
      net += span.net
      value += span.value
      seconds += span.seconds
      if span.unvalued > 0 { allValued = false }
    }
  }

  /// Σ net ÷ Σ billable value; nil unless every entry has a value and they sum above 0.
  var realization: Fraction? { allValued && value > 0 ? Fraction(net, value) : nil }

  /// Σ net per billable second; nil without billable seconds.
  var perSecond: Fraction? { seconds > 0 ? Fraction(net, seconds) : nil }
}
