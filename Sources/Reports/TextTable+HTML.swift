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
  /// The table's lines, without newlines; `label` names it for assistive technology. `cards`: on
  /// a narrow screen each row becomes a card (class `fit`); else the table scrolls sideways.
  func htmlLines(label: String, cards: Bool = true) -> [String] {
    let fit = cards ? " class=\"fit\"" : ""
    var lines = ["<table\(fit) aria-label=\"\(HTMLText.escaped(label))\">", "<thead>", "<tr>"]
    for column in columns {
      lines.append(
        "<th scope=\"col\"\(classAttribute(column, extra: [], cards: cards))>\(HTMLText.escaped(column.title))</th>")
    }
    lines += ["</tr>", "</thead>", "<tbody>"]
    let footerStart = rows.count >= 2 && rows[rows.count - 2] == .rule ? rows.count - 1 : rows.count
    for (index, row) in rows.enumerated() {
      if index == footerStart { lines += ["</tbody>", "<tfoot>"] }
      guard case .cells(let cells) = row else { continue }
      lines.append(htmlRow(cells, cards: cards))
    }
    lines.append(footerStart < rows.count ? "</tfoot>" : "</tbody>")
    lines.append("</table>")
    return lines
  }

  /// One row; without `cards`, the cells carry no column label and no priority, which only the
  /// cards read.
  private func htmlRow(_ cells: [Cell], cards: Bool) -> String {
    let losing = cells.first?.emphasis == .loss
    var html = losing ? "<tr class=\"losing\">" : "<tr>"
    for (index, column) in columns.enumerated() {
      let cell = Self.cell(cells, index)
      let extra = [cell.emphasis == .loss ? "loss" : nil, cell.emphasis == .warning ? "flags" : nil].compactMap { $0 }
      let content = htmlContent(cell)
      let classes = classAttribute(column, extra: extra, cards: cards)
      let label = cards ? " data-label=\"\(HTMLText.escaped(column.title))\"" : ""
      html += index == 0 ? "<th scope=\"row\"\(classes)>\(content)</th>" : "<td\(classes)\(label)>\(content)</td>"
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
      if let link = cell.link {
        return "<a href=\"\(HTMLText.escaped(link))\">" + HTMLPage.keepingSignsAttached(HTMLText.escaped(cell.text))
          + "</a>" + mark
      }
      let text = HTMLPage.keepingSignsAttached(HTMLText.escaped(cell.text))
      // One element, so that a card's cell keeps the mark beside its figure.
      return mark.isEmpty ? text : "<span>" + text + mark + "</span>"
    }
  }

  private func classAttribute(_ column: Column, extra: [String], cards: Bool) -> String {
    let priority = cards ? "p\(column.priority)" : nil
    let classes = [column.alignment == .right ? "num" : nil, priority].compactMap { $0 } + extra
    return classes.isEmpty ? "" : " class=\"\(classes.joined(separator: " "))\""
  }
}
