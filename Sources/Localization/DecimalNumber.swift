/// A number as it is shown: an integer scaled by a power of ten (`12345` with 2 decimals is
/// 123.45), already rounded by whoever made it. Writing it adds no rounding of its own.
public struct DecimalNumber: Sendable, Hashable {
  public var scaled: Int128
  public var decimals: Int

  public init(scaled: Int128, decimals: Int) {
    self.scaled = scaled
    self.decimals = max(0, decimals)
  }

  /// A whole number.
  public init(_ whole: Int) {
    self.init(scaled: Int128(whole), decimals: 0)
  }

  public var isNegative: Bool { scaled < 0 }
  public var isZero: Bool { scaled == 0 }

  /// The number when it is whole (its decimals all zero), else nil.
  public var wholeValue: Int128? {
    var power: Int128 = 1
    for _ in 0..<decimals { power *= 10 }
    return scaled % power == 0 ? scaled / power : nil
  }

  /// Written with its decimals and no grouping, an ASCII hyphen-minus when negative: `-1234.50`.
  public var plain: String {
    let magnitude = scaled.magnitude
    // A magnitude that fits 64 bits is written the 64-bit way: 128-bit text is made by a
    // division a digit (every figure of a report is written, often several times).
    let whole = magnitude <= UInt128(UInt64.max) ? String(UInt64(magnitude)) : String(magnitude)
    var text: [UInt8] = []
    text.reserveCapacity(whole.utf8.count + decimals + 3)
    if scaled < 0 { text.append(UInt8(ascii: "-")) }
    let digits = whole.utf8.count
    if decimals > 0 && digits <= decimals {
      text.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: decimals - digits + 1))
    }
    text.append(contentsOf: whole.utf8)
    if decimals > 0 { text.insert(UInt8(ascii: "."), at: text.count - decimals) }
    return String(decoding: text, as: UTF8.self)
  }

  /// `plain` text with thousands separators in its whole part: `-1234567.5` → `-1,234,567.5`.
  public static func grouped(_ plain: String) -> String {
    let negative = plain.hasPrefix("-")
    let unsigned = negative ? plain.dropFirst() : Substring(plain)
    let point = unsigned.firstIndex(of: ".") ?? unsigned.endIndex
    var whole = ""
    for (index, digit) in unsigned[..<point].reversed().enumerated() {
      if index > 0 && index % 3 == 0 { whole.append(",") }
      whole.append(digit)
    }
    return (negative ? "-" : "") + String(whole.reversed()) + unsigned[point...]
  }

  /// The same number without the trailing zeros of its decimals: 2.50 → 2.5, 6.0 → 6.
  public var trimmed: DecimalNumber {
    var number = self
    while number.decimals > 0 && number.scaled % 10 == 0 {
      number.scaled /= 10
      number.decimals -= 1
    }
    return number
  }
}
