/// One entry of a settings object keyed by client name (`aliases`, `clients`), with where it
/// was written, so that an entry naming no client in the data can be pointed at.
struct SettingEntry<Value: Sendable & Equatable>: Sendable, Equatable {
  /// The key as written: a spelling (`aliases`) or a client's name (`clients`).
  let name: String
  let value: Value
  /// Where the key starts (1-based).
  let line: Int
  let column: Int
}
