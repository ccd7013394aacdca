import Domain

/// What the importers need from the settings (spec §2 `aliases`, `dateOrder`; `--strict`).
public struct ImportOptions: Sendable {
  /// Spelling → client.
  public var aliases: [String: String]
  /// Day/month order for date columns whose values fit both orders.
  public var dateOrder: DayOrder?
  /// The currency of amounts whose row names none (the settings' `currency`); nil: the only
  /// currency the other amounts are in.
  public var currency: Currency?
  /// Whether a time row whose client is empty takes its project as the client (spec §1); when
  /// false such a row is skipped.
  public var clientFromProject: Bool
  /// Bytes read at a time from a file larger than this; a smaller one is read whole (tests make it
  /// small to read their files both ways).
  var chunkBytes = FileText.defaultChunkBytes

  public init(
    aliases: [String: String] = [:], dateOrder: DayOrder? = nil, currency: Currency? = nil,
    clientFromProject: Bool = true
  ) {
    self.aliases = aliases
    self.dateOrder = dateOrder
    self.currency = currency
    self.clientFromProject = clientFromProject
  }
}
