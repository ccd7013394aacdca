/// A `TextTable` as a GitHub-flavoured markdown table: a header, an alignment row, then one row
/// per cell row (rules are a terminal thing and are left out), then the notes of marked cells.
extension TextTable {
  /// The table's lines (without newlines). Cell text is escaped; `strong` cells are bold; a cell
  /// with a note is marked, and the notes follow the table after a blank line.
  func markdownLines() -> [String] {
    var lines = [markdownRow(columns.map { Cell($0.title) })]
    lines.append("| " + columns.map { $0.alignment == .right ? "---:" : ":---" }.joined(separator: " | ") + " |")
    for cells in cellRows { lines.append(markdownRow(cells)) }
    let notes = notes()
    if !notes.isEmpty {
      lines.append("")
      lines += notes.map { MarkdownText.escaped(Self.noteMark + " " + $0) }
    }
    return lines
  }

  private func markdownRow(_ cells: [Cell]) -> String {
    let texts = columns.indices.map { index -> String in
      guard index < cells.count, !cells[index].text.isEmpty else { return "" }
      let text = MarkdownText.escaped(cells[index].text)
      let marked = cells[index].note == nil ? text : text + MarkdownText.escaped(Self.noteMark)
      return cells[index].emphasis == .strong ? "**" + marked + "**" : marked
    }
    return "| " + texts.joined(separator: " | ") + " |"
  }
}
