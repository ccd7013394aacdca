import Domain

/// A client that appears on one side of the data only: in time logs and no invoice, or in
/// invoices and no time log. Often one client spelled two ways by two tools; never merged by
/// itself (spec §1: only the key and the settings' aliases join spellings).
public struct ClientMismatch: Sendable, Equatable {
  /// Where the name was found.
  public enum Side: String, Sendable {
    case timeLogs = "time logs"
    case invoices
  }

  public var client: ClientKey
  /// The client's name as the data shows it.
  public var name: String
  public var side: Side
  /// The closest name on the other side, when one is close enough to be the same client.
  public var suggestion: String?

  public init(client: ClientKey, name: String, side: Side, suggestion: String?) {
    self.client = client
    self.name = name
    self.side = side
    self.suggestion = suggestion
  }

  /// The entry to add to `"aliases"` in `clientworth.json`: the time log's spelling and the
  /// invoices' name (the one the client is billed under). Nil without a suggestion.
  public var alias: (spelling: String, target: String)? {
    guard let suggestion else { return nil }
    return side == .timeLogs ? (name, suggestion) : (suggestion, name)
  }
}
