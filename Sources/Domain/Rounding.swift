/// `numerator / denominator` rounded to the nearest integer, ties to even (banker's rounding).
///
/// The spec rounds every money result half-to-even; this is the one place that does it.
public func roundHalfEven(_ numerator: Int128, _ denominator: Int128) -> Int128 {
  precondition(denominator != 0, "division by zero")
  var n = numerator
  var d = denominator
  if d < 0 {
    n = -n
    d = -d
  }
  var quotient = n / d
  var remainder = n % d
  // Swift truncates toward zero; move to floor so the remainder is non-negative.
  if remainder < 0 {
    quotient -= 1
    remainder += d
  }
  let twice = remainder * 2
  if twice > d || (twice == d && quotient % 2 != 0) {
    quotient += 1
  }
  return quotient
}
