/// A non-negative integer of any size, with just what `ExactSum` needs: multiply by a 128-bit
/// number, add, compare.
///
/// Earned revenue sums one fraction per invoice span, each with its own denominator (the span's
/// billable seconds or value); their common denominator outgrows 128 bits after a few spans.
struct WideUInt: Comparable, Sendable {
  /// Little-endian 64-bit limbs, without high zero limbs (zero has none).
  private(set) var limbs: [UInt64]

  init(_ value: UInt128) {
    limbs = [UInt64(truncatingIfNeeded: value), UInt64(truncatingIfNeeded: value >> 64)]
    trim()
  }

  /// This number times `factor`.
  func multiplied(by factor: UInt128) -> WideUInt {
    let low = multiplied(byLimb: UInt64(truncatingIfNeeded: factor))
    let high = multiplied(byLimb: UInt64(truncatingIfNeeded: factor >> 64))
    return low.adding(high.shifted(byLimbs: 1))
  }

  /// This number plus `other`.
  func adding(_ other: WideUInt) -> WideUInt {
    var result = WideUInt(0)
    result.limbs = []
    var carry: UInt64 = 0
    for index in 0..<max(limbs.count, other.limbs.count) {
      let (a, b) = (limb(index), other.limb(index))
      let (partial, overflow1) = a.addingReportingOverflow(b)
      let (sum, overflow2) = partial.addingReportingOverflow(carry)
      result.limbs.append(sum)
      carry = (overflow1 ? 1 : 0) + (overflow2 ? 1 : 0)
    }
    if carry > 0 { result.limbs.append(carry) }
    result.trim()
    return result
  }

  static func < (a: WideUInt, b: WideUInt) -> Bool {
    if a.limbs.count != b.limbs.count { return a.limbs.count < b.limbs.count }
    for index in a.limbs.indices.reversed() where a.limbs[index] != b.limbs[index] {
      return a.limbs[index] < b.limbs[index]
    }
    return false
  }

  private func limb(_ index: Int) -> UInt64 { index < limbs.count ? limbs[index] : 0 }

  private func multiplied(byLimb factor: UInt64) -> WideUInt {
    var result = WideUInt(0)
    result.limbs = []
    var carry: UInt64 = 0
    for limb in limbs {
      let (high, low) = limb.multipliedFullWidth(by: factor)
      let (sum, overflow) = low.addingReportingOverflow(carry)
      result.limbs.append(sum)
      carry = high &+ (overflow ? 1 : 0)
    }
    if carry > 0 { result.limbs.append(carry) }
    result.trim()
    return result
  }

  private func shifted(byLimbs count: Int) -> WideUInt {
    guard !limbs.isEmpty else { return self }
    var result = self
    result.limbs.insert(contentsOf: repeatElement(0, count: count), at: 0)
    return result
  }

  private mutating func trim() {
    while let last = limbs.last, last == 0 { limbs.removeLast() }
  }
}
