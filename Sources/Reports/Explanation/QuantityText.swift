import Analysis
import Domain
import Localization

/// How an explanation writes a quantity, for a person and for a program: money with the
/// currency's decimals, rates per hour, hours with two decimals, shares as percentages, days with
/// one decimal. Every value is rounded half-to-even for display only.
enum QuantityText {
  /// Decimals of hours, in text and JSON: quarter hours show exactly.
  static let hourDigits = 2

  /// `$1,820.40`, `$27.12/h`, `462.25 h`, `26.41%`, `12.9 days`, `6.0 months`, `3`, `2026-10-30`; in
  /// Arabic `462.25 ساعة`, `12.9 يوم`, `6.0 شهر`.
  static func reading(_ quantity: Quantity, _ currency: Currency) -> LocalizedText {
    let value = quantity.value
    switch quantity.unit {
    case .money: return .same("\(money: value, currency)")
    case .rate: return .same("\(rate: value, currency)")
    case .hours:
      let hours = DecimalNumber(value, decimals: hourDigits)
      // Always with decimals, which Arabic counts with the singular.
      return LocalizedText(en: "\(number: hours) h", ar: "\(number: hours) ساعة")
    case .ratio: return .same("\(percent: value, decimals: 2, trimmed: false)")
    case .days: return days(value)
    case .months: return .same("\(count: DecimalNumber(value, decimals: 1), .month)")
    case .count: return .same("\(number: DecimalNumber(value, decimals: 0))")
    case .date: return .same("\(day: quantity.day)")
    }
  }

  /// A quantity in a table's cell: as `reading` in English; in Arabic a bare number where the unit
  /// is the column's or the currency the header's (`1,820.40`, `462.25`), as the report's Arabic
  /// table writes its amounts (`FigureCells`).
  static func cell(_ quantity: Quantity, _ currency: Currency, _ locale: TextLocale) -> String {
    let value = quantity.value
    guard locale.language == .ar else { return locale(reading(quantity, currency)) }
    switch quantity.unit {
    case .money: return MoneyText.cell(MoneyText.exactAmount(value, currency), locale)
    case .rate: return MoneyText.cell(MoneyText.exactAmount(value, currency, perHour: true), locale)
    case .hours: return locale(.number(DecimalNumber(value, decimals: hourDigits), grouped: true))
    case .days: return locale(.number(DecimalNumber(value, decimals: value.denominator == 1 ? 0 : 1), grouped: true))
    case .months: return locale(.number(DecimalNumber(value, decimals: 1), grouped: true))
    case .ratio, .count, .date: return locale(reading(quantity, currency))
    }
  }

  /// `12.9 days`, `1 day`, `0 days`: whole days without decimals.
  static func days(_ value: Fraction) -> LocalizedText {
    .same("\(count: DecimalNumber(value, decimals: value.denominator == 1 ? 0 : 1), .day)")
  }

  /// The number as JSON carries it: money in major units with the currency's decimals, rates,
  /// hours, days and months with 2 decimals, ratios with 4; a date as a string.
  static func json(_ quantity: Quantity, _ currency: Currency) -> JSONNode {
    let value = quantity.value
    switch quantity.unit {
    case .money: return .number(NumberText.major(exactMinorUnits: value, currency: currency))
    case .rate: return .number(NumberText.rate(value, currency: currency))
    case .hours, .days, .months: return .number(NumberText.decimal(value, digits: 2))
    case .ratio: return .number(NumberText.decimal(value, digits: 4))
    case .count: return .number(NumberText.decimal(value, digits: 0))
    case .date: return .string(quantity.day.description)
    }
  }

  /// The smallest step a person sees of a unit, as a count of them in one (100 for cents of
  /// dollars, 100 for hundredths of an hour); nil for units that are not added up.
  static func displaySteps(_ unit: Quantity.Unit, _ currency: Currency) -> Int128? {
    switch unit {
    case .money: Int128(currency.minorUnitsPerMajor)
    case .hours: 100
    case .count: 1
    default: nil
    }
  }

  /// The scale from a quantity's value to its display steps (money is already in minor units).
  static func scale(_ unit: Quantity.Unit, _ currency: Currency) -> Int128 {
    unit == .money ? 1 : displaySteps(unit, currency) ?? 1
  }
}
