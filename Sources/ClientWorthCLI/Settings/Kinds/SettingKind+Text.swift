import Domain

extension SettingKind where Value == Currency {
  /// A three-letter ISO 4217 code, in any case.
  static var currency: SettingKind {
    .single(
      "code", written: .string, show: \.code,
      read: { text, _ throws(SettingProblem) in
        guard let currency = Currency(code: text) else {
          throw SettingProblem("is not a currency code (three letters, ISO 4217)")
        }
        return currency
      })
  }
}

extension SettingKind where Value == Day {
  /// A calendar day, written `YYYY-MM-DD`.
  static var date: SettingKind {
    .single(
      "date", written: .string, show: \.description,
      read: { text, _ throws(SettingProblem) in
        guard let day = Day(iso: text) else { throw SettingProblem("is not a date (write it as YYYY-MM-DD)") }
        return day
      })
  }
}

extension SettingKind where Value: CaseIterable & RawRepresentable, Value.RawValue == String {
  /// One of an enumeration's raw values (`dmy`, `mdy`).
  static func choice(_ valueName: String) -> SettingKind {
    let choices = Value.allCases.map(\.rawValue)
    return .single(
      valueName, written: .string, choices: choices, show: \.rawValue,
      read: { text, _ throws(SettingProblem) in
        guard let value = Value(rawValue: text) else {
          throw SettingProblem(ArgumentValueError.notOneOf(choices, typed: text).problem)
        }
        return value
      })
  }
}
