import Localization

/// What `JSONParser` says about a settings file it cannot read.
extension LocalizedText {
  static let expectedValue = LocalizedText(en: "expected a value", ar: "المنتظر قيمة")
  static let unterminatedString = LocalizedText(en: "unterminated string", ar: "نص لم يُغلق")
  static let unexpectedEnd = LocalizedText(
    en: "unexpected end of file, expected a value", ar: "نهاية غير متوقعة للملف، والمنتظر قيمة")
  static let textAfterTheValue = LocalizedText(
    en: "unexpected text after the end of the JSON value", ar: "نص غير متوقع بعد نهاية قيمة \(code: "JSON")")
  static let expectedKey = LocalizedText(
    en: "expected a key in double quotes", ar: "المنتظر مفتاح بين علامتي تنصيص مزدوجتين")
  static let colonAfterTheKey = LocalizedText(en: "':' after the key", ar: "«:» بعد المفتاح")
  static let commaOrBrace = LocalizedText(en: "',' or '}'", ar: "«,» أو «}»")
  static let commaOrBracket = LocalizedText(en: "',' or ']'", ar: "«,» أو «]»")
  static let controlCharacter = LocalizedText(
    en: "control character in a string (write it as an escape such as \\n)",
    ar: "محرف تحكم داخل نص (اكتبه بصيغة تهريب مثل \(code: "\\n"))")
  static let invalidUnicodeEscape = LocalizedText(en: "invalid \\u escape", ar: "تهريب \(code: "\\u") غير صالح")
  static let expectedHexDigits = LocalizedText(
    en: "expected 4 hex digits after \\u", ar: "المنتظر \(count: 4, .hexDigit) بعد \(code: "\\u")")
  static let invalidNumber = LocalizedText(en: "invalid number", ar: "عدد غير صالح")
  static let digitsAfterThePoint = LocalizedText(
    en: "invalid number: expected digits after '.'", ar: "عدد غير صالح: المنتظر أرقام بعد «.»")
  static let digitsInTheExponent = LocalizedText(
    en: "invalid number: expected digits in the exponent", ar: "عدد غير صالح: المنتظر أرقام في الأس")

  /// `expected ':' after the key`.
  static func expected(_ what: LocalizedText) -> LocalizedText {
    LocalizedText(en: "expected \(what)", ar: "المنتظر \(what)")
  }

  static func nestedTooDeep(_ levels: Int) -> LocalizedText {
    LocalizedText(
      en: "nested more than \(number: levels) levels deep; settings need a few",
      ar: "تداخل يتجاوز \(number: levels) مستوى؛ والإعدادات تحتاج إلى بضعة مستويات فقط")
  }

  static func invalidEscape(_ character: Character) -> LocalizedText {
    LocalizedText(
      en: "invalid escape '\\\(code: String(character))'", ar: "تهريب غير صالح: «\(code: "\\" + String(character))»")
  }

  static func duplicateKey(_ key: String) -> LocalizedText {
    LocalizedText(en: "duplicate key \"\(name: key)\"", ar: "مفتاح مكرر: «\(name: key)»")
  }
}

extension CountedNoun {
  fileprivate static let hexDigit = CountedNoun(
    "hex digit", "hex digits", one: "رقم ست عشري واحد", two: "رقمان ست عشريان", twoOblique: "رقمين ست عشريين",
    few: "أرقام ست عشرية", many: "رقمًا ست عشريًا", other: "رقم ست عشري")
}
