import Localization

/// Text from the data made literal in HTML, and in the SVG inside it.
///
/// Client names, notes and reasons come from files someone else wrote; a name such as
/// `<script>` must show as those characters, never run. `&`, `<`, `>`, `"` and `'` become
/// character references, which is enough for element content and for quoted attribute values
/// alike, in HTML and in XML. Control and bidirectional-override characters are replaced first
/// (`PrintableText`): most control characters are not allowed in an HTML document at all.
enum HTMLText {
  /// `text` escaped for element content or a quoted attribute value.
  static func escaped(_ text: String) -> String {
    var result = ""
    for character in PrintableText.of(text) {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      default: result.append(character)
      }
    }
    return result
  }
}
