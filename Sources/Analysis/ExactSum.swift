import Domain

/// A sum of fractions kept exact and rounded half-to-even once (spec §3a: earned revenue is
/// "exact rationals, rounded half-to-even once per client and period").
///
/// Each term is split into its floor and a proper fraction; the whole parts add up in an
/// `Int128`, the fractions with the same denominator are merged, and only the rounding looks at
/// their sum: to 64 binary places where that settles it, else over a common denominator that may
/// outgrow 128 bits (`WideUInt`).
struct ExactSum: ExactTerms, Sendable {
  private var whole: Int128 = 0
  /// Proper fractions, numerator in 0..<denominator, by denominator.
  private var parts: [Int128: Int128] = [:]

  /// Adds `numerator / denominator`; `denominator` must be positive.
  mutating func add(_ numerator: Int128, over denominator: Int128) {
    precondition(denominator > 0, "ExactSum term with a denominator of \(denominator)")
    var quotient = numerator / denominator
    var remainder = numerator % denominator
    if remainder < 0 {
      quotient -= 1
      remainder += denominator
    }
    whole += quotient
    guard remainder != 0 else { return }
    let merged = (parts[denominator] ?? 0) + remainder
    if merged >= denominator {
      whole += 1
      parts[denominator] = merged == denominator ? nil : merged - denominator
    } else {
      parts[denominator] = merged
    }
  }

  init() {}

  init(_ value: Fraction) { add(value) }

  func adding(_ other: ExactSum) -> ExactSum {
    var sum = self
    sum.add(other)
    return sum
  }

  mutating func add(_ other: ExactSum) {
    whole += other.whole
    for (denominator, numerator) in other.parts { add(numerator, over: denominator) }
  }

  mutating func subtract(_ other: ExactSum) {
    whole -= other.whole
    for (denominator, numerator) in other.parts { add(-numerator, over: denominator) }
  }

  /// The sum rounded half-to-even to an integer.
  func roundedHalfEven() -> Int128 {
    guard !parts.isEmpty else { return whole }
    return roundedFromBinaryPlaces() ?? roundedOverCommonDenominator()
  }

  /// The rounding read from the fractions' sum F to 64 binary places, when that is enough to be
  /// sure of it; nil when it is not (F is too near a whole number or a half), or when a
  /// denominator passes 64 bits.
  ///
  /// Each fraction cut to 64 places loses less than 2⁻⁶⁴, so F × 2⁶⁴ lies in [S, S + count) for
  /// their sum S: the rounding is S's whenever no whole number or half lies in that interval. The
  /// exact way costs a product of every denominator; this one a division per fraction.
  func roundedFromBinaryPlaces() -> Int128? {
    let one: UInt128 = 1 << 64
    var scaled: UInt128 = 0
    for (denominator, numerator) in parts {
      guard denominator < one else { return nil }
      scaled += (UInt128(numerator) << 64) / UInt128(denominator)
    }
    let slack = UInt128(parts.count)
    let (floor, rest) = (Int128(scaled >> 64), scaled & (one - 1))
    guard rest + slack <= one else { return nil }
    let half = one / 2
    if rest + slack <= half { return whole + floor }
    if rest > half { return whole + floor + 1 }
    return nil
  }

  /// The rounding of the fractions' sum computed over their common denominator, whatever its size.
  func roundedOverCommonDenominator() -> Int128 {
    // The fractions sum to F = N / D with D the product of their denominators and 0 < F < count.
    var numerator = WideUInt(0)
    var denominator = WideUInt(1)
    for (d, n) in parts.sorted(by: { $0.key < $1.key }) {
      numerator = numerator.multiplied(by: UInt128(d)).adding(denominator.multiplied(by: UInt128(n)))
      denominator = denominator.multiplied(by: UInt128(d))
    }
    // m = floor(F): the largest m with m × D ≤ N.
    var floor: Int128 = 0
    while !(numerator < denominator.multiplied(by: UInt128(floor + 1))) { floor += 1 }
    // Compare the rest, F − m, with one half: 2N against (2m + 1) D.
    let twice = numerator.multiplied(by: 2)
    let half = denominator.multiplied(by: UInt128(2 * floor + 1))
    let base = whole + floor
    if half < twice { return base + 1 }
    if twice < half { return base }
    return base % 2 == 0 ? base : base + 1
  }

  /// The sum as money, rounded half-to-even to the minor unit.
  func money(_ currency: Currency) -> Money {
    Money(minorUnits: Int64(roundedHalfEven()), currency: currency)
  }
}
