import Localization

/// A JSON value as written, with numbers kept as their decimal text so `0.10` or `1.0825` can
/// become exact fractions (never a `Double`), and every value knowing where it was written.
struct JSONNode: Sendable, Equatable {
  /// The kinds of JSON value; objects keep their members in file order.
  enum Value: Sendable, Equatable {
    case object([Member])
    case array([JSONNode])
    case string(String)
    /// The number's text exactly as written, e.g. `0.10` or `-3e2`.
    case number(String)
    case bool(Bool)
    case null
  }

  /// One `"key": value` of an object.
  struct Member: Sendable, Equatable {
    let key: String
    /// Where the key starts (1-based).
    let line: Int
    let column: Int
    let node: JSONNode
  }

  let value: Value
  /// Where the value starts (1-based line and column).
  let line: Int
  let column: Int

  /// `an object`, `a string`…: for "must be a number, found a string" (in Arabic the nominative,
  /// as the predicate of `لكنها`).
  var kindDescription: LocalizedText {
    switch value {
    case .object: LocalizedText(en: "an object", ar: "كائن")
    case .array: LocalizedText(en: "an array", ar: "مصفوفة")
    case .string: LocalizedText(en: "a string", ar: "نص")
    case .number: LocalizedText(en: "a number", ar: "عدد")
    case .bool: LocalizedText(en: "a boolean", ar: "قيمة منطقية")
    case .null: LocalizedText(en: "null", ar: "قيمة فارغة (\(code: "null"))")
    }
  }
}

extension LocalizedText {
  /// What a value must be, as the object of `must be` (in Arabic the accusative, after `تكون`).
  static let anObject = LocalizedText(en: "an object", ar: "كائنًا")
  static let aString = LocalizedText(en: "a string", ar: "نصًّا")
  static let aNumber = LocalizedText(en: "a number", ar: "عددًا")
}
