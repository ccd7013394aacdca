import Domain

/// Which clients a report lists (`--client`, `--exclude-client`). A listed client's figures are
/// those of the whole report (its share and the opportunity-cost benchmark still count every
/// client); the totals are those of the listed clients.
public struct ClientFilter: Sendable, Equatable {
  /// Only these clients; nil: every client.
  public var only: Set<ClientKey>?
  /// Never these clients.
  public var excluded: Set<ClientKey>
  /// `--project`, `--person`: the keys of the names (spelled as clients are, §1) whose time the
  /// shown clients have; a breakdown shows only these parts. nil: any.
  public var projects: Set<ClientKey>?
  public var people: Set<ClientKey>?

  public init(
    only: Set<ClientKey>? = nil, excluded: Set<ClientKey> = [], projects: Set<ClientKey>? = nil,
    people: Set<ClientKey>? = nil
  ) {
    self.only = only
    self.excluded = excluded
    self.projects = projects
    self.people = people
  }

  /// Whether an entry of this project and person is among the parts shown.
  public func includes(project: String?, person: String?) -> Bool {
    (projects.map { set in project.map { set.contains(ClientKey($0)) } ?? false } ?? true)
      && (people.map { set in person.map { set.contains(ClientKey($0)) } ?? false } ?? true)
  }

  public func includes(_ client: ClientKey) -> Bool {
    (only?.contains(client) ?? true) && !excluded.contains(client)
  }
}
