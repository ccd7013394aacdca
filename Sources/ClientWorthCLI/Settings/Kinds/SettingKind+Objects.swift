import Analysis
import Domain
import Localization

extension SettingKind where Value == [SettingEntry<String>] {
  /// `"aliases": {"Kettle and Crane": "Kettle & Crane Ltd"}`: spellings of a client's name.
  static var aliases: SettingKind {
    .object(LocalizedText(en: "spelling → client", ar: "تهجئة ← عميل")) { member, file, keyPath throws(SettingsError) in
      try member.node.string(keyPath, in: file)
    }
  }
}

extension SettingKind where Value == [SettingEntry<ClientTerms>] {
  /// `"clients": {"Acme": {"contractEnd": "2026-09-30"}}`: what is known of each client's contract.
  static var clients: SettingKind {
    .object(LocalizedText(en: "per client", ar: "لكل عميل")) { member, file, keyPath throws(SettingsError) in
      var result = ClientTerms()
      for term in try member.node.members(keyPath, in: file) {
        guard let declaration = ClientTermsCatalog.term(named: term.key) else {
          throw SettingsError(
            file: file, line: term.line, column: term.column,
            message: LocalizedText(
              en: "unknown client setting \"\(code: keyPath).\(name: term.key)\"",
              ar: "إعداد عميل غير معروف: «\(code: keyPath).\(name: term.key)»")
              + SettingsCatalog.suggestion(term.key, in: ClientTermsCatalog.all.map(\.key)))
        }
        try declaration.decode(term.node, file, keyPath + "." + term.key, &result)
      }
      return result
    }
  }
}

extension SettingKind where Value == [Currency: Fraction] {
  /// `"rates": {"EUR": 1.08}`: units of the report currency for one unit of each other currency.
  static var rates: SettingKind {
    let rate = SettingKind<Fraction>.exchangeRate
    return SettingKind(
      valueName: LocalizedText(en: "currency → rate", ar: "عملة ← سعر"),
      show: { $0.isEmpty ? .same("{}") : .same("\(count: $0.count, .exchangeRate)") },
      decode: { node, file, keyPath throws(SettingsError) in
        var rates: [Currency: Fraction] = [:]
        for member in try node.members(keyPath, in: file) {
          guard let code = Currency(code: member.key), code.code == member.key else {
            throw SettingsError(
              file: file, line: member.line, column: member.column,
              message: LocalizedText(
                en: "\(code: keyPath).\(name: member.key): not a currency code (three capital letters, ISO 4217)",
                ar:
                  "\(code: keyPath).\(name: member.key): ليس رمز عملة (\(count: 3, .latinLetter) كبيرة وفق \(code: "ISO 4217"))"
              ))
          }
          rates[code] = try rate.decode(member.node, file, "\(keyPath).\(member.key)")
        }
        return rates
      },
      parse: nil)
  }
}

extension SettingKind {
  /// The object kinds keyed by client name: each entry read by `value`, and two keys that name
  /// one client (`Acme` and `ACME`) refused, since which would win is not for the program to guess.
  static func object<Entry: Sendable & Equatable>(
    _ valueName: LocalizedText,
    value: @escaping @Sendable (JSONNode.Member, String, String) throws(SettingsError) -> Entry
  ) -> SettingKind where Value == [SettingEntry<Entry>] {
    SettingKind(
      valueName: valueName, show: { $0.isEmpty ? .same("{}") : .same("\(count: $0.count, .entry)") },
      decode: { node, file, keyPath throws(SettingsError) in
        let members = try node.members(keyPath, in: file)
        var seen: [ClientKey: JSONNode.Member] = [:]
        var entries: [SettingEntry<Entry>] = []
        entries.reserveCapacity(members.count)
        for member in members {
          let memberPath = keyPath + "." + member.key
          if let earlier = seen.updateValue(member, forKey: ClientKey(member.key)) {
            throw SettingsError(
              file: file, line: member.line, column: member.column,
              message: LocalizedText(
                en:
                  "\(code: memberPath): the same name as \"\(name: earlier.key)\" (line \(number: earlier.line)) once case, "
                  + "spacing, '.' and ',' are set aside; keep one",
                ar:
                  "\(code: memberPath): هو الاسم نفسه «\(name: earlier.key)» (السطر \(number: earlier.line)) بعد تجاهل حالة "
                  + "الأحرف والمسافات و«.» و«,»؛ أبقِ أحدهما"))
          }
          let entry = try value(member, file, memberPath)
          entries.append(SettingEntry(name: member.key, value: entry, line: member.line, column: member.column))
        }
        return entries
      },
      parse: nil)
  }
}

extension CountedNoun {
  fileprivate static let exchangeRate = CountedNoun(
    "rate", "rates", one: "سعر صرف واحد", two: "سعرا صرف", twoOblique: "سعري صرف", few: "أسعار صرف",
    many: "سعر صرف", other: "سعر صرف")
  fileprivate static let entry = CountedNoun(
    "entry", "entries", one: "إدخال واحد", two: "إدخالان", twoOblique: "إدخالين", few: "إدخالات", many: "إدخالًا",
    other: "إدخال")
}
