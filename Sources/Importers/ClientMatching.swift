import Domain

/// Finds the clients that the time logs and the invoices do not share, and for each the closest
/// name on the other side: the time tracker and the invoicing tool often spell one client two
/// ways (`Kettle and Crane` and `Kettle & Crane Ltd`).
public enum ClientMatching {
  /// Similarity from 0 to 1 above which a name is offered as the same client.
  static let threshold = 0.6

  /// Legal-form and filler words that say nothing about which client it is.
  private static let fillerWords: Set<String> = [
    "inc", "incorporated", "ltd", "limited", "llc", "llp", "lp", "corp", "corporation", "co", "company", "gmbh", "ag",
    "sa", "sas", "sarl", "srl", "spa", "bv", "nv", "ab", "as", "oy", "plc", "pty", "pte", "kg", "ug", "the", "and", "&",
    "und", "et", "y",
  ]

  /// Every client found only in time logs or only in invoices (time logs first, then by name),
  /// each with the closest name from the other side when one is close enough. Empty unless the
  /// data has both time entries and invoices.
  public static func suggestions(_ ledger: Ledger) -> [ClientMismatch] {
    let invoiceKeys = Set(ledger.invoices.map(\.client))
    guard !invoiceKeys.isEmpty, !ledger.timeEntries.isEmpty else { return [] }
    let timeKeys = ledger.timeClients
    func name(_ key: ClientKey) -> String { ledger.clients.displayName(for: key) }
    func mismatches(_ keys: Set<ClientKey>, others: Set<ClientKey>, side: ClientMismatch.Side) -> [ClientMismatch] {
      var result: [ClientMismatch] = []
      for key in keys.subtracting(others) {
        var best: (name: String, score: Double)?
        for other in others {
          let score = similarity(key, other)
          let otherName = name(other)
          guard score >= threshold else { continue }
          if let current = best, current.score > score || (current.score == score && current.name <= otherName) {
            continue
          }
          best = (otherName, score)
        }
        result.append(ClientMismatch(client: key, name: name(key), side: side, suggestion: best?.name))
      }
      return result.sorted { $0.name < $1.name }
    }
    return mismatches(timeKeys, others: invoiceKeys, side: .timeLogs)
      + mismatches(invoiceKeys, others: timeKeys, side: .invoices)
  }

  /// How alike two clients' names are, from 0 to 1: 1 when they share every telling word,
  /// 0.9 when one's words are all in the other's, else the better of the shared-word ratio and
  /// the edit similarity of the telling words.
  static func similarity(_ a: ClientKey, _ b: ClientKey) -> Double {
    let wordsA = words(a)
    let wordsB = words(b)
    if wordsA.isEmpty || wordsB.isEmpty { return editSimilarity(a.normalized, b.normalized) }
    let setA = Set(wordsA)
    let setB = Set(wordsB)
    if setA == setB { return 1 }
    if setA.isSubset(of: setB) || setB.isSubset(of: setA) { return 0.9 }
    let shared = Double(setA.intersection(setB).count) / Double(setA.union(setB).count)
    return max(shared, editSimilarity(wordsA.joined(separator: " "), wordsB.joined(separator: " ")))
  }

  /// The words that tell a client apart: the key split at spaces and punctuation, filler dropped.
  static func words(_ key: ClientKey) -> [String] {
    var words: [String] = []
    var current = ""
    for character in key.normalized {
      if character.isLetter || character.isNumber {
        current.append(character)
      } else {
        if !current.isEmpty { words.append(current) }
        current = ""
        if character == "&" { words.append("&") }
      }
    }
    if !current.isEmpty { words.append(current) }
    return words.filter { !fillerWords.contains($0) }
  }

  /// 1 − Levenshtein distance / length of the longer text (at most 64 characters of each are compared).
  static func editSimilarity(_ a: String, _ b: String) -> Double {
    let x = Array(a.prefix(64))
    let y = Array(b.prefix(64))
    guard !x.isEmpty, !y.isEmpty else { return x.isEmpty && y.isEmpty ? 1 : 0 }
    var previous = Array(0...y.count)
    for i in 1...x.count {
      var current = [i] + Array(repeating: 0, count: y.count)
      for j in 1...y.count {
        let substitution = previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1)
        current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
      }
      previous = current
    }
    let distance = previous[y.count]
    return 1 - Double(distance) / Double(max(x.count, y.count))
  }
}
