import Domain

/// The window's money as a monthly run-rate, and how many months ahead the decision looks
/// (spec §5: f, monthlyProfit and H).
public enum RunRate {
  /// Days in an average Gregorian month (365.2425 / 12), exactly: 304375 / 10000.
  public static let daysPerMonth = Fraction(304_375, 10_000)

  /// f = 30.4375 / windowDays: the factor that turns W's total into a monthly rate.
  ///
  /// `windowDays` must be positive (the command line refuses anything else).
  static func monthlyFactor(windowDays: Int) -> Fraction {
    precondition(windowDays > 0, "windowDays must be positive")
    return Fraction(304_375, 10_000 * Int128(windowDays))
  }

  /// W's total × f, exact minor units a month (monthlyProfit from profit(W)).
  static func monthly(_ windowTotal: Money, windowDays: Int) -> Fraction {
    windowTotal.exact * monthlyFactor(windowDays: windowDays)
  }

  /// H: months from `asOf` to `contractEnd` ((contractEnd − asOf) / 30.4375, at least 0) when the
  /// contract's end is known, else `horizonMonths`.
  static func horizonMonths(contractEnd: Day?, asOf: Day, horizonMonths: Fraction) -> Fraction {
    guard let contractEnd else { return horizonMonths }
    // A contract that has already ended leaves nothing to stay for: H is 0, not negative.
    return max(.zero, Fraction(Int128(contractEnd - asOf)) / daysPerMonth)
  }
}
