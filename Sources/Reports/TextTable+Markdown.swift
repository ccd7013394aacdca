/// A `TextTable` as a GitHub-flavoured markdown table: a header, an alignment row, then one row
/// per cell row (rules are a terminal thing and are left out).
extension TextTable {
  /// The table's lines (without newlines). Cell text is escaped; `strong` cells are bold.
  func markdownLines() -> [String] {
    var lines = [markdownRow(columns.map { Cell($0.title) })]
    lines.append("| " + columns.map { $0.alignment == .right ? "---:" : ":---" }.joined(separator: " | ") + " |")
    for cells in cellRows { lines.append(markdownRow(cells)) }
    return lines
  }

  private func markdownRow(_ cells: [Cell]) -> String {
    let texts = columns.indices.map { index -> String in
      guard index < cells.count, !cells[index].text.isEmpty else { return "" }
      let text = MarkdownText.escaped(cells[index].text)
      return cells[index].emphasis == .strong ? "**" + text + "**" : text
    }
    return "| " + texts.joined(separator: " | ") + " |"
  }
}
