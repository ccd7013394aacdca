/// The order `--sort` asks for: a field, smallest first, or largest first (`--sort -profit`).
public struct ClientSort: Sendable, Equatable {
  public var key: SortKey
  public var descending: Bool

  public init(_ key: SortKey, descending: Bool = false) {
    self.key = key
    self.descending = descending
  }
}
