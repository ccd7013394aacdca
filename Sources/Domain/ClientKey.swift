import Foundation  // only for Unicode compatibility normalisation, case folding and memcmp

/// The identity of a client, independent of how a file spells it.
///
/// Spec §1: Unicode compatibility-normalised (NFKC), case-folded, surrounding white space
/// trimmed, inner runs of white space collapsed, and the characters `.` and `,` removed, so
/// `ACME, Inc.`, `Acme Inc` and `ａｃｍｅ inc` are one client.
public struct ClientKey: Hashable, Comparable, Sendable, CustomStringConvertible {
  public let normalized: String
  /// The hash of the key's bytes, worked out once: tables of a million clients hash and compare
  /// keys on every lookup and every time they grow.
  @usableFromInline let hashCode: Int

  /// The longest spelling, in UTF-8 bytes, an importer makes a key of (`docs/formats.md`): no client
  /// name comes near it, and it bounds the work of normalising a name that is not one (a letter
  /// with a hundred thousand combining marks takes the normaliser quadratic time).
  public static let maxSpellingBytes = 1_000

  public init(_ spelling: some StringProtocol) {
    var text = String(spelling)
    var normalized = text.withUTF8 { Self.asciiKey($0) } ?? Self.unicodeKey(text)
    var hasher = Hasher()
    normalized.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    self.normalized = normalized
    hashCode = hasher.finalize()
  }

  /// The key as spec §1 defines it, for any text.
  static func unicodeKey(_ spelling: some StringProtocol) -> String {
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
    return String(result)
  }

  /// The key of an ASCII spelling, worked out byte by byte: for ASCII, NFKC changes nothing and
  /// case folding is lower-casing, so this is what the general way gives, without Foundation (a
  /// file of a million clients makes a million keys). Nil for any other text.
  private static func asciiKey(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count)
    var pendingSpace = false
    for byte in bytes {
      switch byte {
      case 0x80...: return nil
      case UInt8(ascii: "."), UInt8(ascii: ","): continue
      case 0x09...0x0D, 0x20:
        pendingSpace = !result.isEmpty
        continue
      case UInt8(ascii: "A")...UInt8(ascii: "Z"):
        if pendingSpace { result.append(0x20) }
        pendingSpace = false
        result.append(byte | 0x20)
      default:
        if pendingSpace { result.append(0x20) }
        pendingSpace = false
        result.append(byte)
      }
    }
    return String(decoding: result, as: UTF8.self)
  }

  // Keys are already normalised, so equal keys have equal bytes: compare the hashes, then those
  // bytes, without the Unicode-aware work `String` does. Inlinable, as other modules compare a
  // key for every time entry (a call across modules cost several times the comparison).
  @inlinable public static func == (a: ClientKey, b: ClientKey) -> Bool {
    guard a.hashCode == b.hashCode else { return false }
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

  public func hash(into hasher: inout Hasher) { hasher.combine(hashCode) }

  public static func < (a: ClientKey, b: ClientKey) -> Bool { a.normalized < b.normalized }
  public var description: String { normalized }
}
