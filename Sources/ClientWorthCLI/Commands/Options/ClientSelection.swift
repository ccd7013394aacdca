import Analysis
import Domain
import Localization

/// `--client`, `--exclude-client`, `--project` and `--person`: which clients an analysing
/// command shows (and which parts `report --by` shows).
struct ClientSelection: ArgumentGroup {
  var clients: [String] = []
  var excluded: [String] = []
  var projects: [String] = []
  var people: [String] = []

  static let arguments: [Argument<Self>] = [
    .repeating(
      "client", \.clients, value: .nameValue,
      help: LocalizedText(
        en: "Show only this client (repeat for several).", ar: "اعرض هذا العميل وحده (كرّر الخيار لأكثر من عميل).")),
    .repeating(
      "exclude-client", \.excluded, value: .nameValue,
      help: LocalizedText(
        en: "Leave this client out (repeat for several).", ar: "استبعد هذا العميل (كرّر الخيار لأكثر من عميل).")),
    .repeating(
      "project", \.projects, value: .nameValue,
      help: LocalizedText(
        en: "Show only the clients with time on this project, and with --by only its rows (repeat for several).",
        ar:
          "اعرض فقط العملاء الذين لهم وقت في هذا المشروع، ومع \(code: "--by") صفوفه وحدها (كرّر الخيار لأكثر من مشروع).")
    ),
    .repeating(
      "person", \.people, value: .nameValue,
      help: LocalizedText(
        en: "Show only the clients this person worked for, and with --by only their rows (repeat for several).",
        ar: "اعرض فقط العملاء الذين عمل لهم هذا الشخص، ومع \(code: "--by") صفوفه وحدها (كرّر الخيار لأكثر من شخص).")),
  ]

  /// The filter the names make, resolved through the settings' aliases; nil when none was
  /// given. A name that is no client of the data is a usage error naming the nearest one.
  func filter(_ ledger: Ledger) throws(ValidationError) -> ClientFilter? {
    guard !clients.isEmpty || !excluded.isEmpty || !projects.isEmpty || !people.isEmpty else { return nil }
    let directory = ledger.clients
    func keys(_ names: [String]) throws(ValidationError) -> Set<ClientKey> {
      var keys = Set<ClientKey>()
      for name in names { keys.insert(try Self.key(for: name, in: directory)) }
      return keys
    }
    var filter = ClientFilter(only: clients.isEmpty ? nil : try keys(clients), excluded: try keys(excluded))
    guard !projects.isEmpty || !people.isEmpty else { return filter }
    // The names of the time, by key, to check the names given and to find the clients they worked for.
    var projectNames: [ClientKey: String] = [:]
    var personNames: [ClientKey: String] = [:]
    for entry in ledger.timeEntries {
      if let project = entry.project { projectNames[ClientKey(project)] = project }
      if let person = entry.person { personNames[ClientKey(person)] = person }
    }
    func names(_ given: [String], in known: [ClientKey: String], _ what: LocalizedText) throws(ValidationError)
      -> Set<ClientKey>?
    {
      guard !given.isEmpty else { return nil }
      var keys = Set<ClientKey>()
      for name in given {
        guard known[ClientKey(name)] != nil else {
          throw ValidationError(
            LocalizedText(
              en: "no \(what) named '\(name: name)' in the time", ar: "لا \(what) باسم «\(name: name)» في الوقت")
              + Suggestion.didYouMean(name, in: known.values.sorted()))
        }
        keys.insert(ClientKey(name))
      }
      return keys
    }
    filter.projects = try names(projects, in: projectNames, LocalizedText(en: "project", ar: "مشروع"))
    filter.people = try names(people, in: personNames, LocalizedText(en: "person", ar: "شخص"))
    var worked = Set<ClientKey>()
    for entry in ledger.timeEntries where filter.includes(project: entry.project, person: entry.person) {
      worked.insert(entry.client)
    }
    filter.only = filter.only.map { $0.intersection(worked) } ?? worked
    return filter
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
