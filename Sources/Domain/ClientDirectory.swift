/// Turns the spellings found in files into client keys, applying the settings' aliases, and
/// remembers how each client was spelled so reports can show a name a person recognises.
///
/// Spec §1: the name shown is the alias target, else the spelling seen most often (ties: the
/// one that sorts first).
public struct ClientDirectory: Sendable {
  private let aliasTargets: [ClientKey: String]
  /// The name each alias target gives its client (trimmed), looked up once per client rather than
  /// by normalising every target again (quadratic with thousands of aliases).
  private let targetNames: [ClientKey: String]
  private var spellings: [ClientKey: Spellings] = [:]

  /// How one client was spelled: most clients are spelled one way, so that one is kept without a
  /// table of its own (a file of a million clients would otherwise make a million tables).
  private struct Spellings: Sendable {
    var first: String
    var firstCount: Int
    var others: [String: Int] = [:]

    mutating func record(_ spelling: String, times: Int) {
      if spelling == first {
        firstCount += times
      } else {
        others[spelling, default: 0] += times
      }
    }

    /// The spelling seen most often; ties go to the one that sorts first.
    var mostSeen: String {
      var best = (spelling: first, count: firstCount)
      for (spelling, count) in others where count > best.count || (count == best.count && spelling < best.spelling) {
        best = (spelling, count)
      }
      return best.spelling
    }
  }

  /// `aliases` maps a spelling to the client it means (`"ACME Corp" → "Acme"`).
  public init(aliases: [String: String] = [:]) {
    var targets: [ClientKey: String] = [:]
    for (spelling, target) in aliases {
      targets[ClientKey(spelling)] = target
    }
    self.aliasTargets = targets
    var names: [ClientKey: String] = [:]
    for target in Set(targets.values) {
      let key = ClientKey(target)
      // Two spellings of one target (`Acme`, `ACME`): the one that sorts first, on every run.
      if names[key].map({ target < $0 }) ?? true { names[key] = target }
    }
    // Trimmed once here, not each time a name is shown.
    self.targetNames = names.mapValues { $0.trimmingWhitespace() }
  }

  /// The key for a spelling, recording that it was seen once more.
  public mutating func key(for spelling: some StringProtocol) -> ClientKey {
    let trimmed = spelling.trimmingWhitespace()
    let key = resolve(trimmed)
    record(trimmed, as: key, times: 1)
    return key
  }

  /// Records that a trimmed `spelling`, already resolved to `key`, was seen `times` more times.
  public mutating func record(_ spelling: String, as key: ClientKey, times: Int) {
    guard times > 0 else { return }
    if let index = spellings.index(forKey: key) {
      spellings.values[index].record(spelling, times: times)
    } else {
      spellings[key] = Spellings(first: spelling, firstCount: times)
    }
  }

  /// The key a spelling maps to, without recording it.
  public func resolve(_ spelling: some StringProtocol) -> ClientKey {
    let key = ClientKey(spelling)
    if let target = aliasTargets[key] { return ClientKey(target) }
    return key
  }

  /// The name to show for a client.
  public func displayName(for key: ClientKey) -> String {
    targetNames[key] ?? spellings[key]?.mostSeen ?? key.normalized
  }

  /// Every client key seen so far.
  public var keys: Set<ClientKey> { Set(spellings.keys) }

  /// Folds in the spellings another directory recorded (several files imported apart).
  public mutating func merge(_ other: ClientDirectory) {
    // The first file's directory is taken as it is (the aliases are every file's).
    guard !spellings.isEmpty else { return spellings = other.spellings }
    spellings.reserveCapacity(spellings.count + other.spellings.count)
    for (key, seen) in other.spellings {
      record(seen.first, as: key, times: seen.firstCount)
      for (spelling, count) in seen.others { record(spelling, as: key, times: count) }
    }
  }
}

extension StringProtocol {
  /// The text without leading and trailing white space.
  public func trimmingWhitespace() -> String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    return String(String.UnicodeScalarView(scalars[first...last]))
  }
}
