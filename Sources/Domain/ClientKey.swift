import Foundation  // only for Unicode compatibility normalisation, case folding and memcmp

/// The identity of a client, independent of how a file spells it.
///
/// Spec §1: Unicode compatibility-normalised (NFKC), case-folded, surrounding white space
/// trimmed, inner runs of white space collapsed, and the characters `.` and `,` removed, so
/// `ACME, Inc.`, `Acme Inc` and `ａｃｍｅ inc` are one client.
public struct ClientKey: Hashable, Comparable, Sendable, CustomStringConvertible {
  public let normalized: String

  public init(_ spelling: some StringProtocol) {
    let compatible = String(spelling).precomposedStringWithCompatibilityMapping
    let folded = compatible.folding(options: [.caseInsensitive], locale: nil)
    var result = String.UnicodeScalarView()
    var pendingSpace = false
    for scalar in folded.unicodeScalars {
      if scalar == "." || scalar == "," { continue }
      if scalar.properties.isWhitespace {
        pendingSpace = !result.isEmpty
        continue
      }
      if pendingSpace {
        result.append(" ")
        pendingSpace = false
      }
      result.append(scalar)
    }
    self.normalized = String(result)
  }

  // Keys are already normalised, so equal keys have equal bytes: compare and hash those, without
  // the Unicode-aware work `String` does. Inlinable, as other modules compare a key for every
  // time entry (a call across modules cost several times the comparison).
  @inlinable public static func == (a: ClientKey, b: ClientKey) -> Bool {
    let (x, y) = (a.normalized.utf8, b.normalized.utf8)
    guard x.count == y.count else { return false }
    let equal = x.withContiguousStorageIfAvailable { p in
      y.withContiguousStorageIfAvailable { q in
        guard let p = p.baseAddress, let q = q.baseAddress else { return true }  // both empty
        // One key copied around (a client's time entries share it) is equal without a look.
        return p == q || memcmp(p, q, x.count) == 0
      }
    }
    return (equal ?? nil) ?? x.elementsEqual(y)
  }

  public func hash(into hasher: inout Hasher) {
    let hashed: Void? = normalized.utf8.withContiguousStorageIfAvailable {
      hasher.combine(bytes: UnsafeRawBufferPointer($0))
    }
    if hashed == nil {
      var copy = normalized
      copy.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
  }

  public static func < (a: ClientKey, b: ClientKey) -> Bool { a.normalized < b.normalized }
  public var description: String { normalized }
}
