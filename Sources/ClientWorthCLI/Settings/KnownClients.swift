import Domain
import Localization

/// The clients the data names, for the settings entries that name none of them.
struct KnownClients {
  private let keys: Set<ClientKey>
  private let directory: ClientDirectory

  /// Suggestions are looked for for this many entries; past them a warning goes without one, so
  /// that a settings file of many thousand stale entries costs no more than reading it.
  static let suggestionLimit = 20

  init(_ directory: ClientDirectory) {
    self.directory = directory
    self.keys = directory.keys
  }

  func contains(_ key: ClientKey) -> Bool { keys.contains(key) }

  /// A warning for each entry of `setting` whose client is not in the data, with the nearest
  /// name that is.
  func warnings(
    _ setting: String, _ entries: [(entry: String, client: String, line: Int, column: Int)], file: String
  ) -> [Diagnostic] {
    guard !entries.isEmpty else { return [] }
    let names = keys.map(directory.displayName(for:)).sorted()
    return entries.enumerated().map { index, entry in
      let near = index < Self.suggestionLimit ? Suggestion.nearest(to: entry.client, in: names) : nil
      return Diagnostic(
        file: file, line: entry.line, column: entry.column, severity: .warning,
        text: .namesNoClient(setting: setting, entry: entry.entry, client: entry.client, nearest: near),
        cause: "settings-unknown-client")
    }
  }
}

extension LocalizedText {
  /// `clients."Pinecrest": 'Pinecrest' is not a client in the data, so the entry is ignored; did
  /// you mean 'Pinecrest Legal LLP'?`
  fileprivate static func namesNoClient(setting: String, entry: String, client: String, nearest: String?)
    -> LocalizedText
  {
    let hint =
      nearest.map { LocalizedText(en: "; did you mean '\(name: $0)'?", ar: "؛ هل تقصد «\(name: $0)»؟") } ?? .empty
    return LocalizedText(
      en: "\(code: setting).\"\(name: entry)\": '\(name: client)' is not a client in the data, so the entry is "
        + "ignored\(hint)",
      ar: "\(code: setting).«\(name: entry)»: «\(name: client)» ليس عميلًا في البيانات، فأُهمل هذا الإدخال\(hint)")
  }
}
