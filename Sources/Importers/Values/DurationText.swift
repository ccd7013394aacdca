import Domain

/// Reads a duration cell into whole seconds: decimal hours (`1.5`, `1,5`) or a clock
/// (`1:30`, `01:30:15`, `100:00:00`). Spec §1: decimal hours become `round(hours × 3600)`.
enum DurationText {
  enum Failure: Error, Equatable {
    case notADuration
    case negative
    /// More than `maxSeconds`.
    case tooLong
  }

  /// The longest duration one row may have: 10,000 hours (`docs/formats.md`). No real entry comes
  /// near it, and a million rows of it still sum far inside Int64.
  static let maxSeconds: Int64 = 10_000 * 3600

  /// A clock (`1:30`, `01:30:15`) or decimal hours (`1.5`, `1,5`) with nothing else in the cell,
  /// read straight from its bytes as `seconds(clock:)` and `seconds(hours:)` read it; nil for any
  /// other text (units, signs, spaces), which those then read.
  @inline(__always)
  static func plain(_ bytes: UnsafeBufferPointer<UInt8>, separator: AmountParser.DecimalSeparator) throws(Failure)
    -> Int64?
  {
    var parts: (Int64, Int64, Int64) = (0, 0, 0)
    var (part, width, colons) = (0, 0, 0)
    for byte in bytes {
      if byte &- UInt8(ascii: "0") < 10 {
        guard width < 9 else { return nil }
        let digit = Int64(byte &- UInt8(ascii: "0"))
        switch part {
        case 0: parts.0 = parts.0 * 10 + digit
        case 1: parts.1 = parts.1 * 10 + digit
        default: parts.2 = parts.2 * 10 + digit
        }
        width += 1
      } else if byte == UInt8(ascii: ":") && width > 0 && colons < 2 {
        (part, width, colons) = (part + 1, 0, colons + 1)
      } else {
        guard colons == 0, let amount = AmountParser.plainNumber(bytes, separator: separator)?.amount else {
          return nil
        }
        return try seconds(hours: amount)
      }
    }
    guard width > 0 else { return nil }
    guard colons > 0 else { return try seconds(hours: AmountParser.Amount(mantissa: Int128(parts.0), scale: 0)) }
    guard parts.1 < 60, parts.2 < 60 else { throw .notADuration }
    return try checked(parts.0 * 3600 + parts.1 * 60 + parts.2)
  }

  private static func checked(_ seconds: Int64) throws(Failure) -> Int64 {
    guard seconds <= maxSeconds else { throw .tooLong }
    return seconds
  }

  static func seconds(clock text: String) throws(Failure) -> Int64? {
    guard text.contains(":") else { return nil }
    var negative = false
    var body = Substring(text)
    if body.hasPrefix("-") {
      negative = true
      body = body.dropFirst()
    }
    let parts = body.split(separator: ":", omittingEmptySubsequences: false)
    guard parts.count == 2 || parts.count == 3,
      parts.allSatisfy({ !$0.isEmpty && $0.count <= 9 && $0.utf8.allSatisfy { $0 >= 48 && $0 <= 57 } }),
      let hours = Int64(parts[0]), let minutes = Int64(parts[1]), minutes < 60
    else { throw .notADuration }
    let seconds = parts.count == 3 ? Int64(parts[2]) ?? 60 : 0
    guard seconds < 60 else { throw .notADuration }
    if negative { throw .negative }
    return try checked(hours * 3600 + minutes * 60 + seconds)
  }

  /// A duration with a unit word, as Toggl's 2026 time-entries export writes it when the user
  /// shows durations that way: `18:25 min` (minutes and seconds), `45 sec`, `1.5 h`
  /// (CorrectRoadH/OpenTickly#84, FORMATS.md §1a). Nil when the text has no unit word.
  static func seconds(withUnit text: String, separator: AmountParser.DecimalSeparator) throws(Failure) -> Int64? {
    let parts = text.split(separator: " ")
    guard parts.count == 2, let unit = parts.last?.lowercased(), let number = parts.first else { return nil }
    switch unit {
    case "min", "mins":
      let pieces = number.split(separator: ":", omittingEmptySubsequences: false)
      guard pieces.count <= 2, pieces.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }),
        pieces[0].count <= 9, let minutes = Int64(pieces[0]), let seconds = pieces.count == 2 ? Int64(pieces[1]) : 0,
        seconds < 60
      else { throw .notADuration }
      return try checked(minutes * 60 + seconds)
    case "sec", "secs", "s":
      guard number.allSatisfy(\.isASCIIDigit), number.count <= 12, let seconds = Int64(number) else {
        throw .notADuration
      }
      return try checked(seconds)
    case "h", "hr", "hrs":
      guard let amount = try? AmountParser.parse(number, separator: separator) else { throw .notADuration }
      return try self.seconds(hours: amount)
    default:
      return nil
    }
  }

  static func seconds(hours amount: AmountParser.Amount) throws(Failure) -> Int64 {
    if amount.mantissa < 0 { throw .negative }
    // Compared before it is multiplied, so no size of value can overflow (30 digits fit Int128).
    guard amount.scale <= 30, amount.mantissa <= Int128(maxSeconds / 3600) * AmountParser.power(of: amount.scale)
    else { throw .tooLong }
    return try checked(Int64(roundHalfEven(amount.mantissa * 3600, AmountParser.power(of: amount.scale))))
  }
}

extension Character {
  fileprivate var isASCIIDigit: Bool { isASCII && isWholeNumber }
}
