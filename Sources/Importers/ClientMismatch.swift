import Domain

/// A client that appears on one side of the data only: in time logs and no invoice, or in
/// invoices and no time log. Often one client spelled two ways by two tools; never merged by
/// itself (spec §1: only the key and the settings' aliases join spellings).
public struct ClientMismatch: Sendable, Equatable {
  /// Where the name was found.
  public enum Side: String, Sendable {
    case timeLogs = "time logs"
    case invoices
  }

  public var client: ClientKey
  /// The client's name as the data shows it.
  public var name: String
  public var side: Side
  /// The closest name on the other side, when one is close enough to be the same client.
  public var suggestion: String?

  public init(client: ClientKey, name: String, side: Side, suggestion: String?) {
    self.client = client
    self.name = name
    self.side = side
    self.suggestion = suggestion
  }

  /// The entry to add to `"aliases"` in `clientworth.json`, mapping the time log's spelling to
  /// the invoices' (the name on the invoice is the one the client is billed under):
  /// `"Acme Corp": "ACME Corporation"`. Nil without a suggestion.
  public var aliasLine: String? {
    guard let suggestion else { return nil }
    let (spelling, target) = side == .timeLogs ? (name, suggestion) : (suggestion, name)
    return "\(Self.jsonString(spelling)): \(Self.jsonString(target))"
  }

  private static func jsonString(_ text: String) -> String {
    var result = "\""
    for character in text {
      switch character {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      // A control character pasted raw would not parse (and could move a terminal's cursor).
      case _ where character.unicodeScalars.contains(where: \.isControl):
        for scalar in character.unicodeScalars {
          let hex = String(scalar.value, radix: 16, uppercase: true)
          result += scalar.isControl ? "\\u" + String(repeating: "0", count: 4 - hex.count) + hex : String(scalar)
        }
      default: result.append(character)
      }
    }
    return result + "\""
  }
}

extension Unicode.Scalar {
  /// C0 controls and DEL: what JSON must escape (C1 controls are valid JSON text).
  fileprivate var isControl: Bool { value < 0x20 || value == 0x7F }
}
