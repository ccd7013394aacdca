/// A typed value inside a `LocalizedText`, written only when the text is rendered, in the run's
/// language and digits: so a sentence made once, by the calculation, reads right in either.
public indirect enum TextArgument: Sendable, Hashable {
  /// A plain number, grouped by thousands or not: `1,234.5`; negative with a true minus sign.
  case number(DecimalNumber, grouped: Bool)
  /// A percentage, the number already in percent: `12.5%`, `+50%` when `signed` and above zero.
  case percent(DecimalNumber, signed: Bool)
  case money(MoneyAmount)
  /// A count and the noun it counts, in the form the number asks for: `3 days`, `يومان`.
  case count(DecimalNumber, CountedNoun, CountedNoun.Case)
  case day(CalendarDay, CalendarDay.Style)
  /// A month (`2026-03`) or a quarter (`2026-Q3`) of a trend.
  case period(TrendLabel)
  /// Text from the data (a client's name, a note, a file's path): made printable, and isolated
  /// so that its direction never reorders the line around it (always in Arabic; in English when
  /// it holds right-to-left letters).
  case name(String)
  /// A code, a key, an option or a format name: left-to-right, isolated in Arabic.
  case code(String)
  /// Another text, in the same language.
  case text(LocalizedText)
  /// Texts joined as a list in the language's way.
  case list([LocalizedText], ListStyle)

  /// How a list's items are joined.
  public enum ListStyle: Sendable, Hashable {
    /// `a, b and c` · `أ، ب وج`.
    case and
    /// `a, b, c` · `أ، ب، ج`.
    case comma
    /// `a; b; c` · `أ؛ ب؛ ج`.
    case semicolon
  }

  func rendered(in locale: TextLocale) -> String {
    switch self {
    case .number(let number, let grouped):
      let plain = grouped ? DecimalNumber.grouped(number.plain) : number.plain
      return locale.digitsOf(MinusSign.forReading(plain))
    case .percent(let number, let signed):
      let positive = number.scaled > 0
      return (signed && positive ? "+" : "")
        + locale.digitsOf(MinusSign.forReading(DecimalNumber.grouped(number.plain)) + "%")
    case .money(let money):
      return money.rendered(in: locale)
    case .count(let count, let noun, let grammaticalCase):
      return noun.rendered(count, case: grammaticalCase, in: locale)
    case .day(let day, let style):
      return day.rendered(style, in: locale)
    case .period(let label):
      return label.rendered(in: locale)
    case .name(let text):
      let printable = locale.printable ? PrintableText.of(text) : text
      guard locale.language == .ar || BidiIsolate.holdsRightToLeft(printable) else { return printable }
      return BidiIsolate.firstStrong(printable)
    case .code(let text):
      let printable = locale.printable ? PrintableText.of(text) : text
      return locale.language == .ar ? BidiIsolate.leftToRight(printable) : printable
    case .text(let text):
      return text.rendered(in: locale)
    case .list(let items, let style):
      return Self.joined(items.map { $0.rendered(in: locale) }, style: style, language: locale.language)
    }
  }

  static func joined(_ items: [String], style: ListStyle, language: Language) -> String {
    switch (style, language) {
    case (.comma, .en): return items.joined(separator: ", ")
    case (.comma, .ar): return items.joined(separator: "، ")
    case (.semicolon, .en): return items.joined(separator: "; ")
    case (.semicolon, .ar): return items.joined(separator: "؛ ")
    case (.and, _):
      guard let last = items.last, items.count > 1 else { return items.first ?? "" }
      let head = items.dropLast()
      if language == .en { return head.joined(separator: ", ") + " and " + last }
      return head.joined(separator: "، ") + " و" + last
    }
  }
}
