import Domain

/// A value an explanation shows, exact, with its unit: an amount, hours, a rate, a share, days.
public struct Quantity: Sendable, Equatable {
  /// What the value counts.
  public enum Unit: String, Sendable, Equatable {
    /// Minor units of the report currency (exact: a term may be a fraction of a cent).
    case money
    case hours
    /// Minor units of the report currency per hour.
    case rate
    /// A plain ratio or share: 0.25 is 25%.
    case ratio
    case days
    case months
    /// A number of things (rows, entries).
    case count
    /// A calendar day, as its count of days since 1970-01-01.
    case date
  }

  public var value: Fraction
  public var unit: Unit

  public init(_ value: Fraction, _ unit: Unit) {
    self.value = value
    self.unit = unit
  }

  public static func money(_ money: Money) -> Quantity { Quantity(money.exact, .money) }
  public static func money(exact minorUnits: Fraction) -> Quantity { Quantity(minorUnits, .money) }
  public static func hours(seconds: Int128) -> Quantity { Quantity(Fraction(seconds, 3600), .hours) }
  public static func rate(_ minorUnitsPerHour: Fraction) -> Quantity { Quantity(minorUnitsPerHour, .rate) }
  public static func ratio(_ value: Fraction) -> Quantity { Quantity(value, .ratio) }
  public static func days(_ count: Int) -> Quantity { Quantity(Fraction(count), .days) }
  public static func count(_ count: Int) -> Quantity { Quantity(Fraction(count), .count) }
  public static func date(_ day: Day) -> Quantity { Quantity(Fraction(Int128(day.daysSinceEpoch)), .date) }

  /// The day a `.date` quantity names.
  public var day: Day { Day(daysSinceEpoch: Int32(truncatingIfNeeded: value.roundedHalfEven())) }
}
