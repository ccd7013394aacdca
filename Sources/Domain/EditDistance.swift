/// "Did you mean …?": how far apart two names are, and the nearest of several to a mistyped one.
public enum EditDistance {
  /// The Levenshtein distance: insertions, deletions and substitutions of characters.
  public static func between(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
        current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
      }
      swap(&previous, &current)
    }
    return previous[b.count]
  }

  /// The candidate closest to `typed` (ignoring case), if it is close enough to be a plausible
  /// typo: at most two edits, or a third of the candidate's length for long names. Ties go to the
  /// earlier candidate.
  public static func nearest(to typed: String, in candidates: [String]) -> String? {
    var best: (name: String, distance: Int)?
    for candidate in candidates {
      let distance = between(typed.lowercased(), candidate.lowercased())
      let allowed = max(2, candidate.count / 3)
      guard distance <= allowed else { continue }
      if best == nil || distance < (best?.distance ?? .max) { best = (candidate, distance) }
    }
    return best?.name
  }
}
