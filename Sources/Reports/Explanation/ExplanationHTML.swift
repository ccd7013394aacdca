import Analysis
import Domain
import Localization

/// The explanations on the report's HTML page: one section per client, which its row of the
/// table and its decision card link to (`#explain-Acme`), with what `explain` shows: each figure
/// in words and numbers, and the tables of rows they add up from. No script: plain anchors.
enum ExplanationHTML {
  /// The anchor of each client's explanation, from its name (unique on the page).
  static func anchors(_ explanations: [Explanation]) -> [ClientKey: String] {
    let sorted = explanations.sorted { ($0.name, $0.client) < ($1.name, $1.client) }
    let stems = DecisionLetters.uniqueStems(sorted.map(\.name))
    return Dictionary(uniqueKeysWithValues: zip(sorted.map(\.client), stems.map { "explain-" + $0 }))
  }

  /// The link to the anchor `id` on the page: `#explain-Acme`, each byte of a letter outside ASCII
  /// percent-encoded (`#explain-%D9%85…`), as a URL writes it; the browser decodes it to find the
  /// element whose id is the name as written.
  static func link(to id: String) -> String {
    var link = "#"
    for byte in id.utf8 {
      if byte < 0x80 && byte != UInt8(ascii: "%") {
        link.unicodeScalars.append(Unicode.Scalar(byte))
      } else {
        let hex = String(byte, radix: 16, uppercase: true)
        link += "%" + (hex.count == 1 ? "0" + hex : hex)
      }
    }
    return link
  }

  /// The page's section of every explanation, by client name. The tables of every client (the
  /// benchmark's and the share's) are the same in each: they are shown once, first.
  static func section(_ explanations: [Explanation], _ locale: TextLocale) -> [String] {
    let anchors = anchors(explanations)
    var lines = [HTMLPage.paragraph(locale(.explanationsIntroduction))]
    let sorted = explanations.sorted { ($0.name, $0.client) < ($1.name, $1.client) }
    let currency = sorted.first?.currency ?? .unknown
    for table in sorted.first?.tables.filter({ $0.kind == .clients }) ?? [] {
      let title = locale(ExplanationWords.table(table))
      lines.append("<h3>\(HTMLText.escaped(title))</h3>")
      lines += HTMLPage.table(ExplanationTable.table(table, currency: currency, locale), label: title, cards: false)
    }
    for explanation in sorted {
      lines += client(explanation, id: anchors[explanation.client] ?? "explain", locale)
    }
    return HTMLPage.section(id: "explanations", title: locale(.explanationsTitle), lines)
  }

  /// One client's explanation.
  static func client(_ explanation: Explanation, id: String, _ locale: TextLocale) -> [String] {
    let document = ExplanationDocument(explanation, shownElsewhere: [.clients], locale)
    var lines = [
      "<section class=\"explanation\" id=\"\(HTMLText.escaped(id))\" aria-labelledby=\"\(HTMLText.escaped(id))-title\">",
      "<h3 id=\"\(HTMLText.escaped(id))-title\">\(HTMLText.escaped(document.title))</h3>",
    ]
    for section in document.sections {
      lines.append("<h4>\(HTMLText.escaped(section.title))</h4>")
      if let verdict = section.verdict { lines.append(HTMLPage.paragraph(verdict)) }
      if !section.reasons.isEmpty {
        lines += ["<ul>"] + section.reasons.map { "<li>\(HTMLText.prose($0))</li>" } + ["</ul>"]
      }
      if !section.figures.isEmpty {
        lines.append("<ul class=\"formulas\">")
        lines += section.figures.map { "<li>\(HTMLPage.keepingSignsAttached(HTMLText.prose($0)))</li>" }
        lines.append("</ul>")
      }
      for (title, table) in section.tables {
        lines.append("<h5>\(HTMLText.escaped(title))</h5>")
        // Rows of input read best as rows: on a phone the table scrolls sideways rather than become cards.
        lines += HTMLPage.table(table, label: document.title + ": " + title, cards: false)
      }
    }
    lines.append("<p class=\"back\"><a href=\"#figures\">\(HTMLText.escaped(locale(.backToTheTable)))</a></p>")
    lines.append("</section>")
    return lines
  }
}

extension LocalizedText {
  fileprivate static let explanationsTitle = LocalizedText(
    en: "Why each figure is what it is", ar: "لماذا كل رقم على ما هو عليه")

  fileprivate static let explanationsIntroduction = LocalizedText(
    en: "Each client's figures in words and numbers, and the rows of your files they add up from. A client's name in "
      + "the table and its card lead here; the tables of every client, which the share and the benchmark rate read, "
      + "come first.",
    ar: "أرقام كل عميل بالكلمات والأرقام، والصفوف التي تُجمع منها في ملفاتك. يقود إلى هنا اسم العميل في الجدول "
      + "وبطاقته؛ وتأتي أولًا جداول العملاء جميعًا، التي تقرؤها الحصة والسعر المرجعي.")

  fileprivate static let backToTheTable = LocalizedText(
    en: "Back to every client's figures", ar: "العودة إلى أرقام العملاء جميعًا")
}
