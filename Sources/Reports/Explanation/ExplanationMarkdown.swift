/// An explanation as markdown: a heading per section, its figures as a list, its tables as
/// markdown tables under their own headings.
enum ExplanationMarkdown {
  static func render(_ document: ExplanationDocument, to output: inout some TextOutputStream) {
    var lines = ["# " + MarkdownText.escaped(document.title), "", MarkdownText.escaped(document.details)]
    for section in document.sections {
      lines += ["", "## " + MarkdownText.escaped(section.title), ""]
      for line in section.verdict {
        lines.append(
          line.hasPrefix("– ") ? "- " + MarkdownText.escaped(String(line.dropFirst(2))) : MarkdownText.escaped(line))
      }
      if !section.verdict.isEmpty { lines.append("") }
      for line in section.figures { lines.append("- " + MarkdownText.escaped(line)) }
      for (title, table) in section.tables {
        lines += ["", "### " + MarkdownText.escaped(title), ""]
        lines += table.markdownLines()
      }
    }
    for line in lines { output.write(line + "\n") }
  }
}
