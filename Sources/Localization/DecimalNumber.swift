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
    var text = String(magnitude)
    if decimals > 0 {
      if text.count <= decimals { text = String(repeating: "0", count: decimals - text.count + 1) + text }
      text.insert(".", at: text.index(text.endIndex, offsetBy: -decimals))
    }
    return scaled < 0 ? "-" + text : text
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
