import Localization

/// A settings file that cannot be used (exit 65): malformed JSON, an unknown key, a value of the
/// wrong type or out of range. Names the file, the position and the key path.
struct SettingsError: Error, Equatable, Sendable {
  let file: String
  let line: Int?
  let column: Int?
  /// What is wrong, starting with the key path: `clients.Acme.contractEnd: not a date (YYYY-MM-DD)`.
  let message: LocalizedText
}
