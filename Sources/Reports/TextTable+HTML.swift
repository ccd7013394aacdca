/// A `TextTable` as an HTML table: the same columns and cells as the terminal and markdown tables.
///
/// Column titles are `<th scope="col">`, each row's first cell `<th scope="row">`. A table whose
/// rows end in a rule and one more row (the totals) puts that row in `<tfoot>`. Every cell says
/// its column's title (`data-label`) and priority (class `p0`, `p1`, …), so that on a narrow
/// screen the stylesheet can show each row as a card of labelled figures, the most important
/// first (`HTMLStyle`). Right-aligned columns get the class `num`; a loss cell `loss`; a row whose
/// first cell is a loss (a money-losing client) the class `losing`, on top of the `losing` flag it
/// shows in words. A warning cell lists flags: each of its items becomes a `flag` badge, in a cell
/// of class `flags`. A cell with a note is marked with `TextTable.noteMark`; the page says the notes
/// under the table (`notes()`).
extension TextTable {
  /// The table's lines, without newlines; `label` names it for assistive technology.
  func htmlLines(label: String) -> [String] {
    var lines = ["<table class=\"fit\" aria-label=\"\(HTMLText.escaped(label))\">", "<thead>", "<tr>"]
    for column in columns {
      lines.append("<th scope=\"col\"\(classAttribute(column, extra: []))>\(HTMLText.escaped(column.title))</th>")
    }
    lines += ["</tr>", "</thead>", "<tbody>"]
    let footerStart = rows.count >= 2 && rows[rows.count - 2] == .rule ? rows.count - 1 : rows.count
    for (index, row) in rows.enumerated() {
      if index == footerStart { lines += ["</tbody>", "<tfoot>"] }
      guard case .cells(let cells) = row else { continue }
      lines.append(htmlRow(cells))
    }
    lines.append(footerStart < rows.count ? "</tfoot>" : "</tbody>")
    lines.append("</table>")
    return lines
  }

  private func htmlRow(_ cells: [Cell]) -> String {
    let losing = cells.first?.emphasis == .loss
    var html = losing ? "<tr class=\"losing\">" : "<tr>"
    for (index, column) in columns.enumerated() {
      let cell = Self.cell(cells, index)
      let extra = [cell.emphasis == .loss ? "loss" : nil, cell.emphasis == .warning ? "flags" : nil].compactMap { $0 }
      let content = htmlContent(cell)
      html +=
        index == 0
        ? "<th scope=\"row\"\(classAttribute(column, extra: extra))>\(content)</th>"
        : "<td\(classAttribute(column, extra: extra)) data-label=\"\(HTMLText.escaped(column.title))\">\(content)</td>"
    }
    return html + "</tr>"
  }

  private func htmlContent(_ cell: Cell) -> String {
    let mark = cell.note == nil ? "" : "<span class=\"mark\">\(HTMLText.escaped(Self.noteMark))</span>"
    switch cell.emphasis {
    case .warning:
      return cell.items.map { "<span class=\"flag\">\(HTMLText.escaped($0))</span>" }.joined(separator: " ")
    case .strong:
      return "<strong>\(HTMLText.escaped(cell.text))</strong>" + mark
    default:
      let text = HTMLPage.keepingSignsAttached(HTMLText.escaped(cell.text))
      // One element, so that a card's cell keeps the mark beside its figure.
      return mark.isEmpty ? text : "<span>" + text + mark + "</span>"
    }
  }

  private func classAttribute(_ column: Column, extra: [String]) -> String {
    let classes = [column.alignment == .right ? "num" : nil, "p\(column.priority)"].compactMap { $0 } + extra
    return " class=\"\(classes.joined(separator: " "))\""
  }
}
