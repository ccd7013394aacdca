import Foundation  // only for Unicode compatibility normalisation and case folding

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
  // the Unicode-aware work `String` does (keys are looked up for every row of a time log).
  public static func == (a: ClientKey, b: ClientKey) -> Bool {
    var (x, y) = (a.normalized, b.normalized)
    guard x.utf8.count == y.utf8.count else { return false }
    return x.withUTF8 { p in y.withUTF8 { q in p.elementsEqual(q) } }
  }

  public func hash(into hasher: inout Hasher) {
    var normalized = normalized
    normalized.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
  }

  public static func < (a: ClientKey, b: ClientKey) -> Bool { a.normalized < b.normalized }
  public var description: String { normalized }
}
