import Domain
import Testing

@testable import Analysis

/// The exact sum behind earned revenue: any number of fractions, rounded half-to-even once.
@Suite struct ExactSumTests {
  @Test(
    arguments: [
      ([(1, 2)], 0), ([(3, 2)], 2), ([(5, 2)], 2), ([(-1, 2)], 0), ([(-3, 2)], -2),
      ([(1, 3), (1, 6)], 0), ([(1, 3), (1, 3)], 1), ([(2, 5), (2, 5)], 1), ([(7, 3), (-1, 3)], 2),
    ] as [([(Int, Int)], Int)])
  func roundsTheExactSumHalfToEven(terms: [(Int, Int)], expected: Int) {
    var sum = ExactSum()
    for (numerator, denominator) in terms { sum.add(Int128(numerator), over: Int128(denominator)) }
    #expect(sum.roundedHalfEven() == Int128(expected))
  }

  @Test func manyDenominatorsBeyond128BitsStayExact() {
    // 1/p for 40 primes: their common denominator has far more than 128 bits. Σ 1/p over the primes
    // to 173 is 1.918…, so it rounds to 2; adding 1/2 twice more keeps it exact: 2.918… → 3.
    let primes = [
      2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83, 89, 97, 101, 103, 107,
      109, 113, 127, 131, 137, 139, 149, 151, 157, 163, 167, 173,
    ]
    var sum = ExactSum()
    for prime in primes { sum.add(1, over: Int128(prime)) }
    #expect(sum.roundedHalfEven() == 2)
    sum.add(1, over: 2)
    sum.add(1, over: 2)
    #expect(sum.roundedHalfEven() == 3)
  }

  @Test func anExactTieAcrossManyTermsGoesToEven() {
    // 1/3 + 1/6 + 1/7 + 5/14 = 1 exactly, plus 1/2: a tie, 1.5 → 2; with another 1 it is 2.5 → 2.
    var sum = ExactSum()
    for (numerator, denominator) in [(1, 3), (1, 6), (1, 7), (5, 14), (1, 2)] as [(Int128, Int128)] {
      sum.add(numerator, over: denominator)
    }
    #expect(sum.roundedHalfEven() == 2)
    sum.add(1, over: 1)
    #expect(sum.roundedHalfEven() == 2)
  }

  @Test func wideIntegersMultiplyAddAndCompare() {
    let big = WideUInt(UInt128.max).multiplied(by: UInt128.max)
    #expect(WideUInt(UInt128.max) < big)
    #expect(big.adding(WideUInt(1)) > big)
    #expect(WideUInt(6) == WideUInt(2).multiplied(by: 3))
    #expect(WideUInt(0).multiplied(by: 5) == WideUInt(0))
  }
}
