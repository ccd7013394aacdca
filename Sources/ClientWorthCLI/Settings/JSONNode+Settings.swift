import Localization

extension JSONNode {
  /// The members of an object, or an error naming `keyPath` in `file` when the value is not one.
  func members(_ keyPath: String, in file: String) throws(SettingsError) -> [Member] {
    guard case .object(let members) = value else { throw mismatch(keyPath, in: file, expected: .anObject) }
    return members
  }

  /// The text of a string, or an error naming `keyPath` in `file` when the value is not one.
  func string(_ keyPath: String, in file: String) throws(SettingsError) -> String {
    guard case .string(let text) = value else { throw mismatch(keyPath, in: file, expected: .aString) }
    return text
  }

  /// `clients: must be an object, found an array`.
  func mismatch(_ keyPath: String, in file: String, expected: LocalizedText) -> SettingsError {
    SettingsError(
      at: self, in: file,
      LocalizedText(
        en: "\(code: keyPath): must be \(expected), found \(kindDescription)",
        ar: "\(code: keyPath): يجب أن تكون القيمة \(expected)، لكنها \(kindDescription)"))
  }
}
