/// An explanation on a terminal: the title and details wrapped to the width, each section's
/// figures as wrapped lines, then its tables fitted to the width (`--wide` shows every column).
enum ExplanationText {
  static func render(_ document: ExplanationDocument, options: RenderOptions, to output: inout some TextOutputStream) {
    let width = options.width
    var lines = TextWrap.lines(Emphasis.strong.apply(to: document.title, color: options.color), width: width)
    lines += TextWrap.lines(document.details, width: width)
    for section in document.sections {
      lines.append("")
      lines += TextWrap.lines(Emphasis.strong.apply(to: section.title, color: options.color), width: width)
      if let verdict = section.verdict {
        lines += TextWrap.lines(verdict, width: width, indent: "    ", firstIndent: "  ")
      }
      for reason in section.reasons {
        lines += TextWrap.lines(reason, width: width, indent: "    ", firstIndent: "  – ")
      }
      for line in section.figures { lines += TextWrap.lines(line, width: width, indent: "      ", firstIndent: "  ") }
      for (title, table) in section.tables {
        lines.append("")
        lines.append("  " + title)
        lines += table.terminalLines(width: options.tableWidth.map { $0 - 2 }, color: options.color, options.locale).map
        {
          $0.isEmpty ? $0 : "  " + $0
        }
      }
    }
    for line in lines { output.write(line + "\n") }
  }
}
