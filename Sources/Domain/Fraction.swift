/// An exact rational number, used for every rate, share and average the spec computes "exactly".
///
/// Money itself is `Money`; a `Fraction` carries quantities that are not whole minor units, such as
/// an effective rate in minor units per hour or a capital rate of 0.10. The denominator is always
/// positive and the fraction is kept in lowest terms.
public struct Fraction: Hashable, Comparable, Sendable, CustomStringConvertible {
  public let numerator: Int128
  public let denominator: Int128

  /// `numerator / denominator`; traps when `denominator` is zero.
  public init(_ numerator: Int128, _ denominator: Int128 = 1) {
    precondition(denominator != 0, "Fraction with zero denominator")
    var n = numerator
    var d = denominator
    if d < 0 {
      n = -n
      d = -d
    }
    let g = Fraction.gcd(n.magnitude, d.magnitude)
    if g > 1 {
      n /= Int128(g)
      d /= Int128(g)
    }
    self.numerator = n
    self.denominator = d
  }

  public init(_ value: Int) { self.init(Int128(value), 1) }
  public init(_ value: Int64) { self.init(Int128(value), 1) }

  /// Parses a plain decimal such as `0.10`, `-3`, `1.0825` or `.5`; nil for anything else.
  public init?(decimal text: some StringProtocol) {
    var negative = false
    var numerator: Int128 = 0
    var denominator: Int128 = 1
    var seenPoint = false
    var digits = 0
    for (index, byte) in text.utf8.enumerated() {
      switch byte {
      case UInt8(ascii: "-") where index == 0: negative = true
      case UInt8(ascii: "+") where index == 0: break
      case UInt8(ascii: ".") where !seenPoint: seenPoint = true
      case UInt8(ascii: "0")...UInt8(ascii: "9"):
        digits += 1
        guard digits <= 30 else { return nil }
        numerator = numerator * 10 + Int128(byte - UInt8(ascii: "0"))
        if seenPoint { denominator *= 10 }
      default: return nil
      }
    }
    guard digits > 0 else { return nil }
    self.init(negative ? -numerator : numerator, denominator)
  }

  public static let zero = Fraction(0)
  public static let one = Fraction(1)

  public var isZero: Bool { numerator == 0 }
  public var isNegative: Bool { numerator < 0 }

  public static func + (a: Fraction, b: Fraction) -> Fraction {
    if a.denominator == b.denominator { return Fraction(a.numerator + b.numerator, a.denominator) }
    return Fraction(a.numerator * b.denominator + b.numerator * a.denominator, a.denominator * b.denominator)
  }
  public static func - (a: Fraction, b: Fraction) -> Fraction { a + (-b) }
  public static prefix func - (a: Fraction) -> Fraction { Fraction(-a.numerator, a.denominator) }
  public static func * (a: Fraction, b: Fraction) -> Fraction {
    let g1 = Int128(gcd(a.numerator.magnitude, b.denominator.magnitude))
    let g2 = Int128(gcd(b.numerator.magnitude, a.denominator.magnitude))
    return Fraction(
      (a.numerator / max(g1, 1)) * (b.numerator / max(g2, 1)),
      (a.denominator / max(g2, 1)) * (b.denominator / max(g1, 1)))
  }
  /// Division; traps when `b` is zero (callers check, since the spec makes those figures null).
  public static func / (a: Fraction, b: Fraction) -> Fraction {
    a * Fraction(b.denominator, b.numerator)
  }
  public static func += (a: inout Fraction, b: Fraction) { a = a + b }
  public static func -= (a: inout Fraction, b: Fraction) { a = a - b }

  public static func < (a: Fraction, b: Fraction) -> Bool {
    a.numerator * b.denominator < b.numerator * a.denominator
  }

  /// The nearest integer, ties to even: the one rounding rule of the spec.
  public func roundedHalfEven() -> Int128 {
    roundHalfEven(numerator, denominator)
  }

  /// An approximation for display only; never feed it back into money arithmetic.
  public var approximateDouble: Double { Double(numerator) / Double(denominator) }

  public var description: String {
    denominator == 1 ? "\(numerator)" : "\(numerator)/\(denominator)"
  }

  static func gcd(_ a: UInt128, _ b: UInt128) -> UInt128 {
    var (x, y) = (a, b)
    while y != 0 { (x, y) = (y, x % y) }
    return x
  }
}
