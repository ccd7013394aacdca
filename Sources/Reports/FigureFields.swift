import Analysis
import Domain

/// The figures of spec §4 in the order of spec §6, as exact decimal text: one list that the JSON
/// and the CSV both read, so they carry the same numbers.
///
/// Money: major units with the currency's decimals. Hours and rates per hour: 2 decimals (spec §6).
/// realization, margin, lateShare, share: 4 decimals. avgDaysLate, avgDaysToPay: 2 decimals.
/// maxDaysLate: an integer. All half-to-even; nil is the spec's null.
enum FigureFields {
  /// One figure: its JSON key and how to write it.
  struct Field: Sendable {
    let key: String
    let text: @Sendable (Figures, Currency) -> String?
  }

  static let all: [Field] = [
    hours("hours", \.seconds),
    hours("billableHours", \.billableSeconds),
    Field(key: "billableValue") { figures, _ in figures.billableValue.map(NumberText.major) },
    money("invoiced", \.invoiced),
    money("collected", \.collected),
    money("outstanding", \.outstanding),
    money("badDebt", \.badDebt),
    money("netRevenue", \.netRevenue),
    money("unbilledValue", \.unbilledValue),
    money("earned", \.earned),
    rate("effectiveRate", \.effectiveRate),
    rate("collectedRate", \.collectedRate),
    share("realization", \.realization),
    money("expenses", \.expenses),
    money("cost", \.cost),
    money("carryingCost", \.carryingCost),
    money("profit", \.profit),
    share("margin", \.margin),
    money("opportunityCost", \.opportunityCost),
    days("avgDaysLate", \.avgDaysLate),
    days("avgDaysToPay", \.avgDaysToPay),
    share("lateShare", \.lateShare),
    Field(key: "maxDaysLate") { figures, _ in figures.maxDaysLate.map { String($0) } },
    share("share", \.share),
  ]

  /// Decimals of a share (realization, margin, lateShare, share).
  static let shareDigits = 4
  /// Decimals of hours and of average days.
  static let hoursDigits = 2
  static let daysDigits = 2

  private static func hours(_ key: String, _ seconds: KeyPath<Figures, Int64> & Sendable) -> Field {
    Field(key: key) { figures, _ in NumberText.hours(seconds: figures[keyPath: seconds], digits: hoursDigits) }
  }

  private static func money(_ key: String, _ path: KeyPath<Figures, Money> & Sendable) -> Field {
    Field(key: key) { figures, _ in NumberText.major(figures[keyPath: path]) }
  }

  private static func money(_ key: String, _ path: KeyPath<Figures, Money?> & Sendable) -> Field {
    Field(key: key) { figures, _ in figures[keyPath: path].map(NumberText.major) }
  }

  private static func rate(_ key: String, _ path: KeyPath<Figures, Fraction?> & Sendable) -> Field {
    Field(key: key) { figures, currency in figures[keyPath: path].map { NumberText.rate($0, currency: currency) } }
  }

  private static func share(_ key: String, _ path: KeyPath<Figures, Fraction?> & Sendable) -> Field {
    Field(key: key) { figures, _ in figures[keyPath: path].map { NumberText.decimal($0, digits: shareDigits) } }
  }

  private static func days(_ key: String, _ path: KeyPath<Figures, Fraction?> & Sendable) -> Field {
    Field(key: key) { figures, _ in figures[keyPath: path].map { NumberText.decimal($0, digits: daysDigits) } }
  }
}
