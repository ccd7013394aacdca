import Domain

/// Reads a duration cell into whole seconds: decimal hours (`1.5`, `1,5`) or a clock
/// (`1:30`, `01:30:15`, `100:00:00`). Spec §1: decimal hours become `round(hours × 3600)`.
enum DurationText {
  enum Failure: Error, Equatable {
    case notADuration
    case negative
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
    return hours * 3600 + minutes * 60 + seconds
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
        let minutes = Int64(pieces[0]), let seconds = pieces.count == 2 ? Int64(pieces[1]) : 0, seconds < 60
      else { throw .notADuration }
      return minutes * 60 + seconds
    case "sec", "secs", "s":
      guard number.allSatisfy(\.isASCIIDigit), let seconds = Int64(number) else { throw .notADuration }
      return seconds
    case "h", "hr", "hrs":
      guard let amount = try? AmountParser.parse(number, separator: separator) else { throw .notADuration }
      return try self.seconds(hours: amount)
    default:
      return nil
    }
  }

  static func seconds(hours amount: AmountParser.Amount) throws(Failure) -> Int64 {
    if amount.mantissa < 0 { throw .negative }
    var denominator: Int128 = 1
    for _ in 0..<amount.scale { denominator *= 10 }
    return Int64(roundHalfEven(amount.mantissa * 3600, denominator))
  }
}

extension Character {
  fileprivate var isASCIIDigit: Bool { isASCII && isWholeNumber }
}
