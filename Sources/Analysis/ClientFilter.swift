import Domain

/// Which clients a report lists (`--client`, `--exclude-client`). A listed client's figures are
/// those of the whole report (its share and the opportunity-cost benchmark still count every
/// client); the totals are those of the listed clients.
public struct ClientFilter: Sendable, Equatable {
  /// Only these clients; nil: every client.
  public var only: Set<ClientKey>?
  /// Never these clients.
  public var excluded: Set<ClientKey>

  public init(only: Set<ClientKey>? = nil, excluded: Set<ClientKey> = []) {
    self.only = only
    self.excluded = excluded
  }

  public func includes(_ client: ClientKey) -> Bool {
    (only?.contains(client) ?? true) && !excluded.contains(client)
  }
}
