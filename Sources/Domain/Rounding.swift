/// `numerator / denominator` rounded to the nearest integer, ties to even (banker's rounding).
///
/// The spec rounds every money result half-to-even; this is the one place that does it. Inlinable,
/// so that a caller in 64 bits (a row's value, on every row) does not pay for 128-bit division.
@inlinable
public func roundHalfEven<Integer: FixedWidthInteger & SignedInteger>(
  _ numerator: Integer, _ denominator: Integer
) -> Integer {
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
