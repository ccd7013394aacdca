/// Decides a file's decimal mark from its number cells, for the values that cannot tell by
/// themselves (`1,500` is 1.5 with a decimal comma, 1500 with a decimal point).
///
/// A value settles it when it shows both marks (`1.045,0`: the last one is decimal), repeats one
/// (`1,234,567`: that one groups), has a lone mark not followed by exactly three digits (`2,5`),
/// or a lone mark after a single zero (`0,250`). Harvest writes numbers in the account's format
/// inside a comma-delimited file (`"2,5"`, `"1.045,0"`, FORMATS.md §2), so the delimiter alone
/// cannot decide.
struct DecimalVote {
  private(set) var commaVotes = 0
  private(set) var pointVotes = 0

  /// True once values have shown both marks: more values cannot change the outcome.
  var isMixed: Bool { commaVotes > 0 && pointVotes > 0 }

  /// The mark no value has shown when the other has been: only a value that holds it can change
  /// the outcome. Nil while neither has.
  var onlyOtherMark: UInt8? {
    if pointVotes > 0 { return UInt8(ascii: ",") }
    if commaVotes > 0 { return UInt8(ascii: ".") }
    return nil
  }

  /// Counts the value whose text is `bytes`.
  mutating func count(_ bytes: UnsafeBufferPointer<UInt8>) {
    switch Self.decimalMark(in: bytes) {
    case UInt8(ascii: ",")?: commaVotes += 1
    case UInt8(ascii: ".")?: pointVotes += 1
    default: break
    }
  }

  /// Adds the votes of a later part of the file (only whether each mark has votes matters).
  mutating func append(_ later: DecimalVote) {
    commaVotes += later.commaVotes
    pointVotes += later.pointVotes
  }

  /// The file's mark: the one its values show, else `fallback` (the delimiter's convention)
  /// when they show none or both.
  func decide(fallback: AmountParser.DecimalSeparator) -> AmountParser.DecimalSeparator {
    if commaVotes > 0 && pointVotes == 0 { return .comma }
    if pointVotes > 0 && commaVotes == 0 { return .point }
    return fallback
  }

  /// The decimal mark (`.` or `,`) a value's text (its bytes) shows by itself, or nil.
  static func decimalMark(in text: UnsafeBufferPointer<UInt8>) -> UInt8? {
    let comma = UInt8(ascii: ","), point = UInt8(ascii: ".")
    var last: UInt8?
    var marks = 0
    var sawComma = false
    var sawPoint = false
    var digitsBeforeLast = 0
    var firstDigitBeforeLast: UInt8?
    var digits = 0
    var firstDigit: UInt8?
    for byte in text {
      switch byte {
      case UInt8(ascii: ":"): return nil  // a clock, not a number
      case UInt8(ascii: "0")...UInt8(ascii: "9"):
        if digits == 0 { firstDigit = byte }
        digits += 1
      case comma, point:
        marks += 1
        if byte == comma { sawComma = true } else { sawPoint = true }
        last = byte
        digitsBeforeLast = digits
        firstDigitBeforeLast = firstDigit
        digits = 0
        firstDigit = nil
      default: break
      }
    }
    guard let last else { return nil }
    if sawComma && sawPoint { return last }
    if marks > 1 { return last == comma ? point : comma }
    if digits != 3 { return last }
    return digitsBeforeLast == 1 && firstDigitBeforeLast == UInt8(ascii: "0") ? last : nil
  }
}
