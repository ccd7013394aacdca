import Analysis
import Domain

/// How an explanation writes a quantity, for a person and for a program: money with the
/// currency's decimals, rates per hour, hours with two decimals, shares as percentages, days with
/// one decimal. Every value is rounded half-to-even for display only.
enum QuantityText {
  /// Decimals of hours, in text and JSON: quarter hours show exactly.
  static let hourDigits = 2

  /// `$1,820.40`, `$27.12/h`, `462.25 h`, `26.41%`, `12.9 days`, `6.0 months`, `3`, `2026-10-30`.
  static func reading(_ quantity: Quantity, _ currency: Currency) -> String {
    let value = quantity.value
    switch quantity.unit {
    case .money: return MoneyText.exact(value, currency)
    case .rate: return MoneyText.rate(value, currency)
    case .hours: return NumberText.grouped(NumberText.decimal(value, digits: hourDigits)) + " h"
    case .ratio: return NumberText.percent(value, digits: 2)
    case .days: return days(value)
    case .months: return NumberText.grouped(NumberText.decimal(value, digits: 1)) + " months"
    case .count: return NumberText.grouped(NumberText.decimal(value, digits: 0))
    case .date: return quantity.day.description
    }
  }

  /// `12.9 days`, `1 day`, `0 days`: whole days without decimals.
  static func days(_ value: Fraction) -> String {
    let text = value.denominator == 1 ? NumberText.decimal(value, digits: 0) : NumberText.decimal(value, digits: 1)
    return NumberText.grouped(text) + (text == "1" ? " day" : " days")
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
