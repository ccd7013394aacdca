import Domain

/// Where exact terms are added: `ExactSum`, which rounds their sum once, or `ExactFraction`, which
/// keeps a few of them as one fraction for an explanation. Earned revenue adds its terms through
/// this, so the figure and its explanation come from the same arithmetic.
protocol ExactTerms {
  /// Adds `numerator / denominator`; `denominator` must be positive.
  mutating func add(_ numerator: Int128, over denominator: Int128)
}

extension ExactTerms {
  mutating func add(_ value: Fraction) { add(value.numerator, over: value.denominator) }
}

/// A handful of exact terms summed as one fraction: one span's attribution, one unbilled value.
struct ExactFraction: ExactTerms, Sendable {
  private(set) var value = Fraction.zero

  mutating func add(_ numerator: Int128, over denominator: Int128) {
    value += Fraction(numerator, denominator)
  }
}
