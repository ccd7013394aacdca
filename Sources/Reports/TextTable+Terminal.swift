/// Laying a `TextTable` out for a terminal: columns padded by display width, two spaces apart,
/// narrowed to fit the width where a column allows it.
extension TextTable {
  /// The space between two columns.
  static let gap = "  "

  /// The table's lines (without newlines), fitted into `width` columns when the columns allow it,
  /// and coloured when `color` is on: wrapping columns wrap first, then droppable columns are left
  /// out, then cut columns are cut.
  func terminalLines(width: Int, color: Bool) -> [String] {
    var table = self
    while table.overflow(maximum: width, cutting: false) > 0,
      let drop = table.columns.indices.filter({ table.columns[$0].dropRank != nil })
        .min(by: { (table.columns[$0].dropRank ?? 0) < (table.columns[$1].dropRank ?? 0) })
    {
      table = table.removingColumn(drop)
    }
    return table.fittedLines(width: width, color: color)
  }

  /// How many columns too wide the table is at its narrowest fit; zero or less when it fits.
  private func overflow(maximum: Int, cutting: Bool) -> Int {
    let widths = fittedWidths(maximum: maximum, cutting: cutting)
    return widths.reduce(0, +) + Self.gap.count * max(0, widths.count - 1) - maximum
  }

  private func fittedLines(width: Int, color: Bool) -> [String] {
    let widths = fittedWidths(maximum: width)
    let rule = String(repeating: "-", count: widths.reduce(0, +) + Self.gap.count * max(0, widths.count - 1))
    var lines = self.lines(columns.map { Cell($0.title, titleEmphasis) }, widths: widths, color: color)
    lines.append(rule)
    for row in rows {
      switch row {
      case .rule: lines.append(rule)
      case .cells(let cells): lines += self.lines(cells, widths: widths, color: color)
      }
    }
    return lines
  }

  /// Each column's natural width (its widest cell or title), narrowed until the table fits
  /// `maximum`: wrapping columns first (they lose nothing), then, when `cutting`, cut columns, each
  /// in column order.
  func fittedWidths(maximum: Int, cutting allowed: Bool = true) -> [Int] {
    var widths = columns.map { DisplayWidth.of($0.title) }
    var narrowest = widths
    for cells in cellRows {
      for (index, cell) in cells.enumerated() where index < widths.count {
        widths[index] = max(widths[index], DisplayWidth.of(cell.text))
        let longestWord = cell.text.split(separator: " ").map { DisplayWidth.of($0) }.max() ?? 0
        narrowest[index] = max(narrowest[index], longestWord)
      }
    }
    var excess = widths.reduce(0, +) + Self.gap.count * max(0, widths.count - 1) - maximum
    let wrapping = columns.indices.filter { columns[$0].fit == .wrap }
    let cutting = allowed ? columns.indices.filter { columns[$0].fit != .wrap && columns[$0].fit != .fixed } : []
    for index in wrapping + cutting where excess > 0 {
      var minimum = narrowest[index]
      if case .truncate(let floor) = columns[index].fit { minimum = floor }
      guard widths[index] > minimum else { continue }
      let cut = min(excess, widths[index] - minimum)
      widths[index] -= cut
      excess -= cut
    }
    return widths
  }

  /// The screen lines of one row: more than one when a wrapping cell breaks.
  private func lines(_ cells: [Cell], widths: [Int], color: Bool) -> [String] {
    let pieces = columns.indices.map { index -> [String] in
      let text = index < cells.count ? cells[index].text : ""
      guard columns[index].fit != .wrap else { return TextWrap.lines(text, width: widths[index]) }
      return [DisplayWidth.truncated(text, toWidth: widths[index])]
    }
    let height = pieces.map(\.count).max() ?? 1
    return (0..<height).map { lineIndex in
      var parts: [String] = []
      for (index, column) in columns.enumerated() {
        let text = lineIndex < pieces[index].count ? pieces[index][lineIndex] : ""
        let padding = String(repeating: " ", count: max(0, widths[index] - DisplayWidth.of(text)))
        let styled = (index < cells.count ? cells[index].emphasis : .plain).apply(to: text, color: color)
        parts.append(column.alignment == .right ? padding + styled : styled + padding)
      }
      var line = parts.joined(separator: Self.gap)
      while line.last == " " { line.removeLast() }
      return line
    }
  }
}
