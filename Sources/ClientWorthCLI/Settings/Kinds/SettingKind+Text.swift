import Domain
import Localization

extension SettingKind where Value == Currency {
  /// A three-letter ISO 4217 code, in any case.
  static var currency: SettingKind {
    .single(
      .codeValue, written: .string, show: { .same("\(code: $0.code)") },
      read: { text, _ throws(SettingProblem) in
        guard let currency = Currency(code: text) else {
          throw SettingProblem(
            LocalizedText(
              en: "is not a currency code (three letters, ISO 4217)",
              ar: "ليست رمز عملة (\(count: 3, .latinLetter) وفق \(code: "ISO 4217"))"))
        }
        return currency
      })
  }
}

extension SettingKind where Value == Day {
  /// A calendar day, written `YYYY-MM-DD` (in Western, Arabic-Indic or Persian digits).
  static var date: SettingKind {
    .single(
      .dateValue, written: .string, show: { $0.text },
      read: { text, _ throws(SettingProblem) in
        guard let day = Day(iso: Digits.westernized(text)) else {
          throw SettingProblem(
            LocalizedText(
              en: "is not a date (write it as YYYY-MM-DD)", ar: "ليست تاريخًا (اكتبه بصيغة \(code: "YYYY-MM-DD"))"))
        }
        return day
      })
  }
}

extension SettingKind where Value: CaseIterable & RawRepresentable, Value.RawValue == String {
  /// One of an enumeration's raw values (`dmy`, `mdy`).
  static func choice(_ valueName: LocalizedText) -> SettingKind {
    let choices = Value.allCases.map(\.rawValue)
    return .single(
      valueName, written: .string, choices: choices, show: { .same("\(code: $0.rawValue)") },
      read: { text, _ throws(SettingProblem) in
        guard let value = Value(rawValue: text) else {
          throw SettingProblem(ArgumentValueError.notOneOf(choices, typed: text).problem)
        }
        return value
      })
  }
}

extension CountedNoun {
  /// A letter of the Latin alphabet (of a currency code).
  static let latinLetter = CountedNoun(
    "letter", "letters", one: "حرف لاتيني واحد", two: "حرفان لاتينيان", twoOblique: "حرفين لاتينيين",
    few: "أحرف لاتينية", many: "حرفًا لاتينيًا", other: "حرف لاتيني")
}
