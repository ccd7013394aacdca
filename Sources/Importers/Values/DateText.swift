import Domain

/// A date cell read as far as it can be without knowing the column's day/month order.
///
/// Accepted (spec §1): `YYYY-MM-DD`, `MM/DD/YYYY`, `DD/MM/YYYY`, `DD.MM.YYYY`, `YYYY/MM/DD`, and a
/// date-time whose date part is one of those (`2026-03-04T09:15:00Z`, `03/04/2026 9:15 AM`).
public enum DateText: Equatable, Sendable {
  /// Unambiguous: ISO, dotted (always day-first), or year-first with slashes.
  case day(Day)
  /// `a/b/yyyy`: which of `a` and `b` is the day is decided per column.
  case slashed(first: Int, second: Int, year: Int)

  /// Why a text is not a date.
  public enum Failure: Error, Equatable, Sendable {
    case empty
    case notADate
    /// The numbers name no real day (2026-02-30, 13/13/2026).
    case noSuchDay
    /// `8/14/18`: a year of two digits, whose century is not guessed.
    case twoDigitYear
  }

  /// Reads a cell.
  public static func parse(_ text: some StringProtocol) throws(Failure) -> DateText {
    let trimmed = String(text).trimmedCell()
    guard !trimmed.isEmpty else { throw .empty }
    if let named = try monthNamed(trimmed) { return named }
    // The date part ends at a space or at ISO's `T`.
    var datePart = Substring(trimmed)
    if let cut = datePart.firstIndex(where: { $0 == " " || $0 == "T" }) {
      datePart = datePart[..<cut]
    }
    let separators: [Character] = ["-", "/", "."]
    guard let separator = datePart.first(where: { separators.contains($0) }) else { throw .notADate }
    let parts = datePart.split(separator: separator, omittingEmptySubsequences: false)
    guard parts.count == 3, let a = number(parts[0]), let b = number(parts[1]), let c = number(parts[2])
    else { throw .notADate }
    let widths = (parts[0].count, parts[1].count, parts[2].count)
    if widths.0 == 4, widths.1 <= 2, widths.2 <= 2, separator != "." {
      guard let day = Day(year: a, month: b, day: c) else { throw .noSuchDay }
      return .day(day)
    }
    if widths.0 <= 2, widths.1 <= 2, widths.2 == 2, separator != "-" { throw .twoDigitYear }
    guard widths.0 <= 2, widths.1 <= 2, widths.2 == 4, separator != "-" else { throw .notADate }
    if separator == "." {
      guard let day = Day(year: c, month: b, day: a) else { throw .noSuchDay }
      return .day(day)
    }
    guard (1...31).contains(a), (1...31).contains(b), a <= 12 || b <= 12 else { throw .noSuchDay }
    return .slashed(first: a, second: b, year: c)
  }

  /// English month names, as Upwork (`Mar 10, 2025`, `28-Feb-20`) and Invoicely (`Jan 28 2021`)
  /// write them: the month is named, so the order is never in doubt.
  private static let months = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
  ]

  /// `Mon D, YYYY`, `Month D YYYY` or `DD-Mon-YY`; nil when the text names no month.
  private static func monthNamed(_ text: String) throws(Failure) -> DateText? {
    let words = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "-" }).map { $0.lowercased() }
    guard words.count >= 3 else { return nil }
    func month(_ word: String) -> Int? {
      guard word.count >= 3, let index = months.firstIndex(of: String(word.prefix(3))) else { return nil }
      return index + 1
    }
    let (monthFirst, dayFirst) = (month(words[0]), month(words[1]))
    guard let month = monthFirst ?? dayFirst else { return nil }
    let dayWord = monthFirst != nil ? words[1] : words[0]
    guard let day = Int(dayWord), var year = Int(words[2]), words[2].count == 4 || words[2].count == 2 else {
      throw .notADate
    }
    if words[2].count == 2 { year += 2000 }
    guard let value = Day(year: year, month: month, day: day) else { throw .noSuchDay }
    return .day(value)
  }

  /// A date cell in one of the forms above, with nothing around it but a time after a space or
  /// `T`, read straight from its bytes as `parse(_:)` reads it; nil for anything else, which
  /// `parse(_:)` then reads (and says what is wrong with).
  @inline(__always)
  static func plain(_ bytes: UnsafeBufferPointer<UInt8>) -> DateText? {
    // `YYYY-MM-DD`, the form most exports write, first and without a loop.
    if bytes.count >= 10 && bytes[4] == UInt8(ascii: "-") && bytes[7] == UInt8(ascii: "-")
      && (bytes.count == 10 || bytes[10] == UInt8(ascii: " ") || bytes[10] == UInt8(ascii: "T"))
    {
      func digit(_ index: Int) -> Int { Int(bytes[index] &- UInt8(ascii: "0")) }
      let (y1, y2, y3, y4, m1, m2, d1, d2) = (
        digit(0), digit(1), digit(2), digit(3), digit(5), digit(6), digit(8), digit(9)
      )
      if y1 < 10, y2 < 10, y3 < 10, y4 < 10, m1 < 10, m2 < 10, d1 < 10, d2 < 10 {
        return Day(year: y1 * 1000 + y2 * 100 + y3 * 10 + y4, month: m1 * 10 + m2, day: d1 * 10 + d2).map(DateText.day)
      }
    }
    var index = 0
    func number() -> (value: Int, width: Int) {
      var (value, width) = (0, 0)
      while index < bytes.count, bytes[index] &- UInt8(ascii: "0") < 10, width < 5 {
        value = value * 10 + Int(bytes[index] &- UInt8(ascii: "0"))
        (index, width) = (index + 1, width + 1)
      }
      return (value, width)
    }
    let a = number()
    guard index < bytes.count else { return nil }
    let separator = bytes[index]
    index += 1
    let b = number()
    guard index < bytes.count, bytes[index] == separator else { return nil }
    index += 1
    let c = number()
    guard index == bytes.count || bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "T") else {
      return nil
    }
    switch (separator, a.width, b.width, c.width) {
    case (UInt8(ascii: "-"), 4, 1...2, 1...2), (UInt8(ascii: "/"), 4, 1...2, 1...2):
      return Day(year: a.value, month: b.value, day: c.value).map(DateText.day)
    case (UInt8(ascii: "."), 1...2, 1...2, 4):
      return Day(year: c.value, month: b.value, day: a.value).map(DateText.day)
    case (UInt8(ascii: "/"), 1...2, 1...2, 4):
      guard (1...31).contains(a.value), (1...31).contains(b.value), a.value <= 12 || b.value <= 12 else { return nil }
      return .slashed(first: a.value, second: b.value, year: c.value)
    default:
      return nil
    }
  }

  /// The day under a column's order; nil when the numbers name no real day in that order.
  public func resolved(_ order: DayOrder) -> Day? {
    switch self {
    case .day(let day): return day
    case .slashed(let first, let second, let year):
      return order == .dmy
        ? Day(year: year, month: second, day: first) : Day(year: year, month: first, day: second)
    }
  }

  /// What this value says about its column's order: nil when it fits both.
  public var impliedOrder: DayOrder? {
    guard case .slashed(let first, let second, _) = self else { return nil }
    if first > 12 { return .dmy }
    if second > 12 { return .mdy }
    return nil
  }

  private static func number(_ text: Substring) -> Int? {
    guard !text.isEmpty, text.count <= 4, text.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
    return Int(text)
  }
}
