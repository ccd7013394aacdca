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

  static func seconds(hours amount: AmountParser.Amount) throws(Failure) -> Int64 {
    if amount.mantissa < 0 { throw .negative }
    var denominator: Int128 = 1
    for _ in 0..<amount.scale { denominator *= 10 }
    return Int64(roundHalfEven(amount.mantissa * 3600, denominator))
  }
}
