import Foundation

@testable import ClientWorthCLI

/// Finds text that reached Arabic output without an Arabic text: every run of Latin letters that
/// is not inside a directional isolate.
///
/// In Arabic output everything that is not Arabic words is isolated: names, notes and paths from
/// the data (FSI), codes, options, keys and format names (LRI), and the importers' messages, still
/// in English (LRI, `LocalizedText.untranslated`). What is left is a location prefix
/// (`file:3:5: خطأ:`) and the currency code after an amount (`1,234.50 USD`). A string written
/// straight to the output, never passing through the catalog, is Latin outside any isolate.
enum UntranslatedText {
  /// The Latin words of `text` outside isolates, location prefixes and amounts.
  static func latinWords(in text: String) -> [String] {
    var outside = ""
    var depth = 0
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x2066...0x2068: depth += 1
      case 0x2069: depth = max(0, depth - 1)
      default: if depth == 0 { outside.unicodeScalars.append(scalar) }
      }
    }
    // `file:3:5: خطأ:` and `file: تحذير:`, as compilers write them, so that editors find the line.
    outside = outside.replacingOccurrences(
      of: #"[^\s:]+(:\d+){0,2}: (?=(خطأ|تحذير|ملاحظة):)"#, with: "", options: .regularExpression)
    // An amount's currency code, after its no-break space.
    outside = outside.replacingOccurrences(of: "\u{00A0}[A-Z]{3}", with: "", options: .regularExpression)
    return outside.matches(of: /[A-Za-z]+/).map { String($0.output) }
  }

  /// The text a person reads on an HTML page: no style sheet, no tags, no character references,
  /// and what `<bdi>` isolates (a name) left out as an isolate is.
  static func pageText(_ html: String) -> String {
    html.replacingOccurrences(of: #"(?s)<style>.*?</style>"#, with: "", options: .regularExpression)
      .replacingOccurrences(of: #"<bdi>.*?</bdi>"#, with: " ", options: .regularExpression)
      .replacingOccurrences(of: #"<[^>]*>"#, with: " ", options: .regularExpression)
      .replacingOccurrences(of: #"&[a-z]+;|&#[0-9]+;"#, with: " ", options: .regularExpression)
  }

  /// The sentences of a JSON document: the strings of its `reasons`, `plan`, `note` and `message`,
  /// or of `keys` (every other value is a name, a code, a number or a date, the same in every
  /// language).
  static func sentences(
    ofJSON json: String, keys: Set<String> = ["reasons", "plan", "note", "message"]
  ) throws -> String {
    var texts: [String] = []
    func walk(_ node: JSONNode, key: String?) {
      switch node.value {
      case .object(let members): for member in members { walk(member.node, key: member.key) }
      case .array(let items): for item in items { walk(item, key: key) }
      case .string(let text) where key.map(keys.contains) == true: texts.append(text)
      default: break
      }
    }
    walk(try JSONParser.parse(Array(json.utf8)), key: nil)
    return texts.joined(separator: "\n")
  }
}
