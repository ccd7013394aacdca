import Domain

/// Reads the amounts real exports write: `1,234.56`, `1.234,56`, `1 234,56`, `$1,234.56`,
/// `-12.00`, `(12.00)`, `12.00 EUR`, `€12,50`.
///
/// The result is exact: an integer mantissa and a count of decimals, never a `Double`.
public enum AmountParser {
  /// An amount as written: `mantissa / 10^scale`, plus the currency its symbol or code implied.
  public struct Amount: Equatable, Sendable {
    public var mantissa: Int128
    public var scale: Int
    public var impliedCurrency: Currency?

    public init(mantissa: Int128, scale: Int, impliedCurrency: Currency? = nil) {
      self.mantissa = mantissa
      self.scale = scale
      self.impliedCurrency = impliedCurrency
    }

    public var exact: Fraction { Fraction(mantissa, AmountParser.power(of: scale)) }
  }

  /// 10 to the power `scale` (at most 38).
  static func power(of scale: Int) -> Int128 {
    // Amounts have a few decimals at most: those powers without a multiplication.
    switch scale {
    case 0: return 1
    case 1: return 10
    case 2: return 100
    case 3: return 1_000
    case 4: return 10_000
    default:
      var power: Int128 = 10_000
      for _ in 4..<scale { power *= 10 }
      return power
    }
  }

  /// Which character separates decimals when the text alone cannot tell (`1.234` or `1,234`).
  public enum DecimalSeparator: Sendable { case point, comma }

  /// Why a text is not an amount.
  public enum Failure: Error, Equatable, Sendable {
    case empty
    case notANumber
    case tooManyDigits
  }

  private static let symbolCurrencies: [String: String] = [
    "$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "A$": "AUD", "C$": "CAD",
    "CA$": "CAD", "AU$": "AUD", "NZ$": "NZD", "CHF": "CHF", "Fr.": "CHF", "kr": "SEK", "R$": "BRL",
    "zł": "PLN",
  ]

  /// Parses `text`; `separator` decides only a lone separator followed by exactly three digits.
  public static func parse(_ text: some StringProtocol, separator: DecimalSeparator = .point) throws(Failure)
    -> Amount
  {
    let utf8 = Array(text.utf8)
    if let plain = utf8.withUnsafeBufferPointer({ plainNumber($0, separator: separator) }) { return plain.amount }
    var body = Substring(String(text).trimmedCell())
    guard !body.isEmpty else { throw .empty }
    var negative = false
    if body.hasPrefix("(") && body.hasSuffix(")") {
      negative = true
      body = body.dropFirst().dropLast()
    }
    var implied: Currency?
    body = stripCurrency(body, into: &implied)
    if body.hasPrefix("-") || body.hasPrefix("−") {
      negative.toggle()
      body = body.dropFirst()
    } else if body.hasPrefix("+") {
      body = body.dropFirst()
    }
    if body.hasSuffix("-") {  // some accounting exports write trailing minus: 12.00-
      negative.toggle()
      body = body.dropLast()
    }
    body = stripCurrency(body, into: &implied)
    let (mantissa, scale) = try digits(of: body, separator: separator)
    return Amount(mantissa: negative ? -mantissa : mantissa, scale: scale, impliedCurrency: implied)
  }

  /// The amount of a cell such as `1234`, `-1234.56` or `2,5` (most cells), read from its bytes as
  /// the general reading reads it, with the decimal mark the value shows by itself
  /// (`DecimalVote.decimalMark(in:)`); nil for any other text, which the general reading takes.
  @inline(__always)
  static func plainNumber(_ bytes: UnsafeBufferPointer<UInt8>, separator: DecimalSeparator)
    -> (amount: Amount, shownMark: UInt8?)?
  {
    var index = 0
    let negative = bytes.first == UInt8(ascii: "-")
    if negative { index = 1 }
    var mantissa: Int64 = 0
    var digits = 0
    var mark: UInt8?
    var (digitsBefore, firstDigit): (Int, UInt8) = (0, 0)
    while index < bytes.count {
      let byte = bytes[index]
      index += 1
      if byte &- UInt8(ascii: "0") < 10 {
        guard digits < 18 else { return nil }  // beyond Int64: the general reading
        if digits == 0 { firstDigit = byte }
        mantissa = mantissa &* 10 &+ Int64(byte &- UInt8(ascii: "0"))
        digits += 1
      } else if (byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",")) && mark == nil && digits > 0 {
        (mark, digitsBefore) = (byte, digits)
      } else {
        return nil
      }
    }
    guard digits > 0 else { return nil }
    guard let mark else { return (Amount(mantissa: Int128(negative ? -mantissa : mantissa), scale: 0), nil) }
    let after = digits - digitsBefore
    guard after > 0 else { return nil }
    // A lone mark before exactly three digits groups thousands unless the file's mark is that one.
    let isDecimal = after != 3 || (mark == UInt8(ascii: ".")) == (separator == .point)
    let shown = after != 3 || (digitsBefore == 1 && firstDigit == UInt8(ascii: "0")) ? mark : nil
    let value = Int128(negative ? -mantissa : mantissa)
    return (Amount(mantissa: value, scale: isDecimal ? after : 0), shown)
  }

  /// The symbols longest first, so `US$` is tried before `$`.
  private static let symbolsLongestFirst = symbolCurrencies.sorted { $0.key.count > $1.key.count }

  private static func stripCurrency(_ text: Substring, into implied: inout Currency?) -> Substring {
    // Most cells are bare numbers: nothing to strip when both ends are digits.
    if let first = text.utf8.first, let last = text.utf8.last, (48...57).contains(first), (48...57).contains(last) {
      return text
    }
    var body = Substring(text.trimmingWhitespace())
    for (symbol, code) in symbolsLongestFirst {
      if body.hasPrefix(symbol) {
        implied = implied ?? Currency(code: code)
        body = Substring(body.dropFirst(symbol.count).trimmingWhitespace())
      } else if body.hasSuffix(symbol) {
        implied = implied ?? Currency(code: code)
        body = Substring(body.dropLast(symbol.count).trimmingWhitespace())
      }
    }
    // A trailing or leading ISO code: `12.00 EUR`, `USD 12.00`.
    let scalars = Array(body.unicodeScalars)
    func isLetters(_ slice: ArraySlice<Unicode.Scalar>) -> Bool {
      slice.count == 3 && slice.allSatisfy { ("A"..."Z").contains($0) || ("a"..."z").contains($0) }
    }
    if scalars.count > 4, isLetters(scalars.suffix(3)), scalars[scalars.count - 4] == " " {
      implied = implied ?? Currency(code: String(String.UnicodeScalarView(scalars.suffix(3))))
      body = Substring(String(String.UnicodeScalarView(scalars.dropLast(4))))
    } else if scalars.count > 4, isLetters(scalars.prefix(3)), scalars[3] == " " {
      implied = implied ?? Currency(code: String(String.UnicodeScalarView(scalars.prefix(3))))
      body = Substring(String(String.UnicodeScalarView(scalars.dropFirst(4))))
    }
    return body
  }

  /// Splits digits from separators and decides which separator is the decimal one.
  private static func digits(of text: Substring, separator: DecimalSeparator) throws(Failure) -> (Int128, Int) {
    var digitCount = 0
    var groups: [(separator: Character?, digits: String)] = [(nil, "")]
    for character in text {
      switch character {
      case "0"..."9":
        groups[groups.count - 1].digits.append(character)
        digitCount += 1
      case ".", ",", "'", " ", "\u{00A0}", "\u{202F}", "’":
        guard !groups[groups.count - 1].digits.isEmpty else { throw .notANumber }
        groups.append((character, ""))
      default:
        throw .notANumber
      }
    }
    guard digitCount > 0, digitCount <= 30, groups.allSatisfy({ !$0.digits.isEmpty }) else {
      throw digitCount > 30 ? .tooManyDigits : .notANumber
    }
    let decimalMark = try decimalSeparator(
      of: groups.compactMap(\.separator), last: groups.last?.digits ?? "",
      hint: separator)
    var mantissa: Int128 = 0
    var scale = 0
    var afterDecimal = false
    for (index, group) in groups.enumerated() {
      if index > 0, group.separator == decimalMark, index == groups.count - 1 { afterDecimal = true }
      // Grouped digits must come in threes after the first group.
      if index > 0, !afterDecimal, group.digits.count != 3 { throw .notANumber }
      for digit in group.digits.utf8 {
        mantissa = mantissa * 10 + Int128(digit - 48)
        if afterDecimal { scale += 1 }
      }
    }
    return (mantissa, scale)
  }

  private static func decimalSeparator(of separators: [Character], last: String, hint: DecimalSeparator)
    throws(Failure) -> Character?
  {
    guard let final = separators.last else { return nil }
    let distinct = Set(separators)
    if distinct.count > 2 { throw .notANumber }
    if distinct.count == 2 {
      // `1,234.56` or `1.234,56`: the last separator is the decimal one and appears once.
      guard separators.filter({ $0 == final }).count == 1, final == "." || final == "," else {
        throw .notANumber
      }
      return final
    }
    // One kind of separator.
    if separators.count > 1 { return nil }  // `1,234,567`: grouping only
    guard final == "." || final == "," else { return nil }
    if last.count != 3 { return final }
    return (final == ".") == (hint == .point) ? final : nil
  }
}
