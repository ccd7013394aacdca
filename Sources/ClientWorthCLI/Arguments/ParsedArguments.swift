import Domain

/// The values a command line gave one command, read back through the same `OptionSpec`s that
/// declared them; each typed accessor turns a bad value into a usage error naming the option.
struct ParsedArguments: Sendable {
  let command: CommandSpec
  /// Every value given, by option name, in command-line order (flags record an empty value).
  private(set) var values: [String: [String]] = [:]
  var positionals: [String] = []

  init(command: CommandSpec) { self.command = command }

  mutating func record(_ option: OptionSpec, value: String) {
    values[option.name, default: []].append(value)
  }

  /// Whether a flag (or any option) was given.
  func isSet(_ option: OptionSpec) -> Bool { values[option.name] != nil }

  /// The last value given for a single-valued option.
  func string(_ option: OptionSpec) -> String? { values[option.name]?.last }

  /// Every value given for a repeatable option.
  func strings(_ option: OptionSpec) -> [String] { values[option.name] ?? [] }

  /// An enumerated option's value as its enum (the parser already checked the choices).
  func choice<Choice: RawRepresentable>(_ option: OptionSpec, as type: Choice.Type) -> Choice?
  where Choice.RawValue == String {
    string(option).flatMap(Choice.init(rawValue:))
  }

  /// A whole number within `range`.
  func int(_ option: OptionSpec, in range: ClosedRange<Int> = 0...Int(Int32.max)) throws(UsageError) -> Int? {
    guard let text = string(option) else { return nil }
    guard let value = Int(text), range.contains(value) else {
      throw invalid(option, text, expected: "a whole number of \(range.lowerBound) or more")
    }
    return value
  }

  /// An exact decimal (`0.10`, `1.0825`), never through floating point; at least `minimum`.
  func decimal(_ option: OptionSpec, minimum: Fraction = .zero) throws(UsageError) -> Fraction? {
    guard let text = string(option) else { return nil }
    guard let value = Fraction(decimal: text), value >= minimum else {
      throw invalid(option, text, expected: minimum.isZero ? "a decimal number of 0 or more" : "a decimal number")
    }
    return value
  }

  /// A `YYYY-MM-DD` day.
  func day(_ option: OptionSpec) throws(UsageError) -> Day? {
    guard let text = string(option) else { return nil }
    guard let value = Day(iso: text) else { throw invalid(option, text, expected: "a date (YYYY-MM-DD)") }
    return value
  }

  /// A three-letter currency code.
  func currency(_ option: OptionSpec) throws(UsageError) -> Currency? {
    guard let text = string(option) else { return nil }
    guard let value = Currency(code: text) else {
      throw invalid(option, text, expected: "a three-letter ISO 4217 currency code")
    }
    return value
  }

  func invalid(_ option: OptionSpec, _ text: String, expected: String) -> UsageError {
    UsageError("The value '\(text)' is invalid for '\(option.label)': expected \(expected).", command: command)
  }
}
