import Localization

extension Template.StringInterpolation {
  /// An amount with its currency's decimals: `$1,234.50`, `1,234.50 USD`.
  public mutating func appendInterpolation(money: Money) {
    appendInterpolation(money: MoneyAmount(money))
  }

  /// An exact minor-unit amount of `currency`, rounded half-to-even to the minor unit.
  public mutating func appendInterpolation(money exactMinorUnits: Fraction, _ currency: Currency) {
    appendInterpolation(money: MoneyAmount(exactMinorUnits: exactMinorUnits, currency: currency))
  }

  /// A day: `2026-10-30`, or `30 October 2026` in `.long` style.
  public mutating func appendInterpolation(day: Day, _ style: CalendarDay.Style = .iso) {
    appendInterpolation(day: day.calendarDay, style)
  }
}

extension Day {
  /// The day as an ISO date in text, for where a `LocalizedText` is expected.
  public var text: LocalizedText { .same("\(day: self)") }

  /// The day as text shows it.
  public var calendarDay: CalendarDay {
    let (year, month, day) = components
    return CalendarDay(year: year, month: month, day: day)
  }
}

extension DecimalNumber {
  /// `value` rounded half-to-even to `decimals` decimals; `trimmed` drops the zeros that end them
  /// (2.50 → 2.5, 6.0 → 6).
  public init(_ value: Fraction, decimals: Int, trimmed: Bool = false) {
    var power: Int128 = 1
    for _ in 0..<max(0, decimals) { power *= 10 }
    let number = DecimalNumber(scaled: roundHalfEven(value.numerator * power, value.denominator), decimals: decimals)
    self = trimmed ? number.trimmed : number
  }
}

extension Template.StringInterpolation {
  /// A share as a percentage, rounded half-to-even to `decimals` (at most one by default, its
  /// trailing zero dropped): 0.41 → `41%`, 0.125 → `12.5%`; `signed` adds `+` above zero.
  public mutating func appendInterpolation(
    percent share: Fraction, decimals: Int = 1, trimmed: Bool = true, signed: Bool = false
  ) {
    appendInterpolation(
      .percent(DecimalNumber(share * Fraction(100), decimals: decimals, trimmed: trimmed), signed: signed))
  }

  /// A quantity rounded half-to-even to `decimals` (at most one by default, its trailing zero
  /// dropped): `38`, `2.5`.
  public mutating func appendInterpolation(number value: Fraction, decimals: Int = 1, trimmed: Bool = true) {
    appendInterpolation(number: DecimalNumber(value, decimals: decimals, trimmed: trimmed))
  }

  /// A quantity with the noun it counts, at most one decimal: `1 month`, `2.5 months`, `٢٫٥ شهر`.
  public mutating func appendInterpolation(
    count value: Fraction, _ noun: CountedNoun, _ grammaticalCase: CountedNoun.Case = .nominative
  ) {
    appendInterpolation(count: DecimalNumber(value, decimals: 1, trimmed: true), noun, grammaticalCase)
  }
}
