/// An explanation as markdown: a heading per section, its figures as a list, its tables as
/// markdown tables under their own headings.
enum ExplanationMarkdown {
  static func render(_ document: ExplanationDocument, to output: inout some TextOutputStream) {
    var lines = ["# " + MarkdownText.escaped(document.title), "", MarkdownText.escaped(document.details)]
    for section in document.sections {
      lines += ["", "## " + MarkdownText.escaped(section.title), ""]
      if let verdict = section.verdict { lines += [MarkdownText.escaped(verdict), ""] }
      if !section.reasons.isEmpty { lines += section.reasons.map { "- " + MarkdownText.escaped($0) } + [""] }
      for line in section.figures { lines.append("- " + MarkdownText.escaped(line)) }
      for (title, table) in section.tables {
        lines += ["", "### " + MarkdownText.escaped(title), ""]
        lines += table.markdownLines()
      }
    }
    for line in lines { output.write(line + "\n") }
  }
}
