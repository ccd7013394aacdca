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

  public static func < (a: ClientKey, b: ClientKey) -> Bool { a.normalized < b.normalized }
  public var description: String { normalized }
}
