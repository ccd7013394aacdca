import Analysis
import Domain
import Localization

/// `--client` and `--exclude-client`: which clients an analysing command shows.
struct ClientSelection: ArgumentGroup {
  var clients: [String] = []
  var excluded: [String] = []

  static let arguments: [Argument<Self>] = [
    .repeating(
      "client", \.clients, value: .nameValue,
      help: LocalizedText(
        en: "Show only this client (repeat for several).", ar: "اعرض هذا العميل وحده (كرّر الخيار لأكثر من عميل).")),
    .repeating(
      "exclude-client", \.excluded, value: .nameValue,
      help: LocalizedText(
        en: "Leave this client out (repeat for several).", ar: "استبعد هذا العميل (كرّر الخيار لأكثر من عميل).")),
  ]

  /// The filter the names make, resolved through the settings' aliases; nil when none was
  /// given. A name that is no client of the data is a usage error naming the nearest one.
  func filter(_ directory: ClientDirectory) throws(ValidationError) -> ClientFilter? {
    guard !clients.isEmpty || !excluded.isEmpty else { return nil }
    func keys(_ names: [String]) throws(ValidationError) -> Set<ClientKey> {
      var keys = Set<ClientKey>()
      for name in names { keys.insert(try Self.key(for: name, in: directory)) }
      return keys
    }
    return ClientFilter(only: clients.isEmpty ? nil : try keys(clients), excluded: try keys(excluded))
  }

  /// The client `name` is a spelling of, through the settings' aliases; a name that is no client
  /// of the data is a usage error naming the nearest one.
  static func key(for name: String, in directory: ClientDirectory) throws(ValidationError) -> ClientKey {
    let key = directory.resolve(name)
    let known = directory.keys
    guard known.contains(key) else {
      let names = known.map(directory.displayName(for:)).sorted()
      throw ValidationError(
        LocalizedText(en: "no client named '\(name: name)' in the data", ar: "لا عميل باسم «\(name: name)» في البيانات")
          + Suggestion.didYouMean(name, in: names))
    }
    return key
  }
}
