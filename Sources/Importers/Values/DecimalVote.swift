/// Decides a file's decimal separator from its number cells, for the values that cannot tell by
/// themselves (`1,500` is 1.5 with a decimal comma, 1500 with a decimal point).
///
/// A value settles it when it shows both marks (`1.045,0`: the last one is decimal), repeats one
/// (`1,234,567`: that one groups), has a lone mark not followed by exactly three digits (`2,5`),
/// or a lone mark after a zero (`0,250`). Harvest writes numbers in the account's format inside a
/// comma-delimited file (`"2,5"`, `"1.045,0"`, FORMATS.md §2), so the delimiter alone cannot decide.
struct DecimalVote {
  private(set) var commaVotes = 0
  private(set) var pointVotes = 0

  mutating func count(_ text: String) {
    guard let mark = Self.decimalMark(in: text) else { return }
    if mark == "," { commaVotes += 1 } else { pointVotes += 1 }
  }

  /// The file's separator: the one its values show, else `fallback` (the delimiter's convention)
  /// when they show none or both.
  func decide(fallback: AmountParser.DecimalSeparator) -> AmountParser.DecimalSeparator {
    if commaVotes > 0 && pointVotes == 0 { return .comma }
    if pointVotes > 0 && commaVotes == 0 { return .point }
    return fallback
  }

  /// The decimal mark a value shows by itself, or nil.
  static func decimalMark(in text: String) -> Character? {
    guard !text.contains(":") else { return nil }
    var marks: [(mark: Character, digitsBefore: Int, digitsAfter: Int)] = []
    var digits = 0
    for character in text {
      if character.isASCII && character.isWholeNumber {
        digits += 1
      } else if character == "." || character == "," {
        if let last = marks.indices.last { marks[last].digitsAfter = digits }
        marks.append((character, digits, 0))
        digits = 0
      }
    }
    guard let last = marks.indices.last else { return nil }
    marks[last].digitsAfter = digits
    let kinds = Set(marks.map(\.mark))
    if kinds.count == 2 { return marks[last].mark }
    let mark = marks[last].mark
    if marks.count > 1 { return mark == "," ? "." : "," }
    if marks[last].digitsAfter != 3 { return mark }
    if marks[last].digitsBefore == 1, text.trimmingWhitespace().drop(while: { !$0.isWholeNumber }).first == "0" {
      return mark
    }
    return nil
  }
}
