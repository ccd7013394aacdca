/// The language text for people is written in: English or Arabic.
///
/// Machine-readable output (JSON keys and values but the sentences, CSV, exit codes) is the same
/// in every language; see docs/output.md.
public enum Language: String, Sendable, Hashable, CaseIterable {
  case en
  case ar

  /// The language the environment asks for, POSIX-style: the first of `LC_ALL`, `LC_MESSAGES` and
  /// `LANG` that is set and not empty decides (`ar_EG.UTF-8` → Arabic); a locale in any other
  /// language, `C` or `POSIX`, or none at all gives English.
  public static func from(environment: [String: String]) -> Language {
    for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
      guard let value = environment[name], !value.isEmpty else { continue }
      return Language(localeName: value) ?? .en
    }
    return .en
  }

  /// The language of a POSIX locale name (`ar`, `ar_SA.UTF-8`, `ar@latin`, `en_GB`); nil for a
  /// language ClientWorth does not speak.
  public init?(localeName: String) {
    let code = localeName.prefix { $0.isLetter }.lowercased()
    self.init(rawValue: code)
  }
}
