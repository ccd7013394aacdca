import Localization

/// The shell of every HTML page: one self-contained document with its language, direction,
/// character set, viewport, title and inline stylesheet. No script, no link, no font or image is
/// fetched. An Arabic page is `lang="ar" dir="rtl"`: the browser lays tables, lists and cards
/// out right to left, and the stylesheet's logical properties (`text-align: start`,
/// `border-inline-start`) follow.
enum HTMLPage {
  /// The whole document: `body` lines inside `<body>`, ending in a newline.
  static func document(title: String, body: [String], _ locale: TextLocale) -> String {
    let language = locale.language.rawValue
    let direction = locale.isRightToLeft ? " dir=\"rtl\"" : ""
    var lines = [
      "<!DOCTYPE html>",
      "<html lang=\"\(language)\"\(direction)>",
      "<head>",
      "<meta charset=\"utf-8\">",
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
      "<title>\(HTMLText.escaped(title))</title>",
      "<style>",
    ]
    lines += HTMLStyle.css(locale).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    lines += ["</style>", "</head>", "<body>"]
    lines += body
    lines += ["</body>", "</html>"]
    return lines.joined(separator: "\n") + "\n"
  }

  /// A `<section>` titled by an `<h2>` that labels it, holding `content`.
  static func section(id: String, title: String, _ content: [String]) -> [String] {
    ["<section aria-labelledby=\"\(id)\">", "<h2 id=\"\(id)\">\(HTMLText.escaped(title))</h2>"] + content
      + ["</section>"]
  }

  /// A paragraph of escaped text, its dates kept whole, with an optional class.
  static func paragraph(_ text: String, class name: String? = nil) -> String {
    let attribute = name.map { " class=\"\($0)\"" } ?? ""
    return "<p\(attribute)>\(HTMLText.prose(text))</p>"
  }

  /// A chart in a `<figure>`; the SVG's lines are kept as they are. The SVG scales to the width
  /// of its column (`viewBox`, no fixed size).
  static func figure(_ svg: String) -> [String] {
    ["<figure class=\"chart\">"] + svg.split(separator: "\n").map(String.init) + ["</figure>"]
  }

  /// A table in a frame that scrolls sideways should it ever be wider than the page (the frame
  /// can take the keyboard focus, so it can be scrolled without a pointer), then the notes of its
  /// marked cells and `note`. On a narrow screen the stylesheet shows each row as a card.
  static func table(_ table: TextTable, label: String, note: String? = nil, cards: Bool = true) -> [String] {
    let wrap = cards ? "table-wrap" : "table-wrap scrolls"
    var lines = ["<div class=\"\(wrap)\" tabindex=\"0\" role=\"region\" aria-label=\"\(HTMLText.escaped(label))\">"]
    lines += table.htmlLines(label: label, cards: cards) + ["</div>"]
    lines += table.notes().map { paragraph(TextTable.noteMark + " " + $0, class: "note") }
    if let note { lines.append(paragraph(note, class: "note")) }
    return lines
  }

  /// `text` with a word joiner after each minus sign, so `−$672` never breaks after the sign.
  static func keepingSignsAttached(_ text: String) -> String {
    var result = ""
    for character in text {
      result.append(character)
      if character == "−" { result.append("\u{2060}") }
    }
    return result
  }
}
