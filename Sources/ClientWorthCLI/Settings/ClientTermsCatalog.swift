import Analysis
import Localization

/// One term of a client's entry in `clients` (spec §2), declared once: its key, its kind and
/// where its value goes.
struct ClientTermSetting: Sendable {
  let key: String
  let meaning: LocalizedText
  let limits: LocalizedText?
  /// Reads the term's value from the file into the client's terms.
  let decode: @Sendable (JSONNode, _ file: String, _ keyPath: String, inout ClientTerms) throws(SettingsError) -> Void

  init<Value>(
    _ key: String, _ kind: SettingKind<Value>, _ target: WritableKeyPath<ClientTerms, Value?> & Sendable,
    meaning: LocalizedText
  ) {
    self.key = key
    self.meaning = meaning
    self.limits = kind.limits
    self.decode = { node, file, keyPath, terms throws(SettingsError) in
      terms[keyPath: target] = try kind.decode(node, file, keyPath)
    }
  }

  /// A term that always has a value (its default until the file gives one).
  init<Value>(
    _ key: String, _ kind: SettingKind<Value>, _ target: WritableKeyPath<ClientTerms, Value> & Sendable,
    meaning: LocalizedText
  ) {
    self.key = key
    self.meaning = meaning
    self.limits = kind.limits
    self.decode = { node, file, keyPath, terms throws(SettingsError) in
      terms[keyPath: target] = try kind.decode(node, file, keyPath)
    }
  }
}

/// The terms a client's entry in `clients` may hold.
enum ClientTermsCatalog {
  static let all = [
    ClientTermSetting("contractEnd", .date, \.contractEnd, meaning: LocalizedText(en: "date", ar: "تاريخ")),
    ClientTermSetting(
      "wrapUpHours", .quantity(.hour, valueName: LocalizedText(en: "hours", ar: "ساعات"), upTo: 10_000), \.wrapUpHours,
      meaning: LocalizedText(en: "hours still owed on exit", ar: "الساعات المستحقة عند المغادرة")),
    ClientTermSetting(
      "billing", .choice(LocalizedText(en: "billing", ar: "الفوترة")), \.billing,
      meaning: LocalizedText(
        en: "`arrears` or `advance`, §3a", ar: "\(code: "arrears") أو \(code: "advance")، §\(code: "3a")")),
  ]

  static func term(named key: String) -> ClientTermSetting? { all.first { $0.key == key } }

  /// `contractEnd (date), wrapUpHours (hours still owed on exit)`.
  static var summary: LocalizedText {
    .same("\(list: all.map { LocalizedText.same("\(code: $0.key) (\($0.meaning))") }, .comma)")
  }
}
