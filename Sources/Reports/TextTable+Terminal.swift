import Localization

/// Laying a `TextTable` out for a terminal: the columns its `Layout` keeps, padded by display
/// width, two spaces apart, one screen line per row; under it the notes of its marked cells and,
/// when columns were left out to fit, a line naming them.
extension TextTable {
  /// The space between two columns.
  static let gap = "  "

  /// The table's lines (without newlines) fitted into `width` columns (nil: unbounded), coloured
  /// when `color` is on, followed by its notes and what was left out, wrapped to `width`.
  func terminalLines(width: Int?, color: Bool, _ locale: TextLocale) -> [String] {
    let layout = layout(width: width)
    return terminalLines(layout: layout, color: color) + noteLines(layout: layout, width: width)
      + leftOutLines(layout: layout, width: width, color: color, locale)
  }

  /// The table's lines in `layout`: the titles, a rule, then each row or rule.
  func terminalLines(layout: Layout, color: Bool) -> [String] {
    let rule = String(repeating: "-", count: layout.totalWidth)
    var lines = [line(columns.map { Cell($0.title, titleEmphasis) }, layout: layout, isTitle: true, color: color)]
    lines.append(rule)
    for row in rows {
      switch row {
      case .rule: lines.append(rule)
      case .cells(let cells): lines.append(line(cells, layout: layout, isTitle: false, color: color))
      }
    }
    return lines
  }

  /// The notes of the shown cells, each starting with the mark, wrapped to `width` (nil: unbounded).
  func noteLines(layout: Layout, width: Int?) -> [String] {
    notes(in: Set(layout.shown)).flatMap {
      TextWrap.lines(Self.noteMark + " " + $0, width: width ?? Int.max, indent: "  ", firstIndent: "")
    }
  }

  /// The line naming the columns `layout` left out and how to see them, wrapped to `width`;
  /// empty when none was.
  func leftOutLines(layout: Layout, width: Int?, color: Bool, _ locale: TextLocale = .english) -> [String] {
    let leftOut = layout.leftOut.map { columns[$0].title }
    guard !leftOut.isEmpty else { return [] }
    return TextWrap.lines(locale(.columnsLeftOut(leftOut)), width: width ?? Int.max).map {
      Emphasis.muted.apply(to: $0, color: color)
    }
  }

  /// One screen line: each shown cell cut, shortened or marked to its column's width, padded by
  /// display width on the side its alignment leaves free; titles as they are.
  private func line(_ cells: [Cell], layout: Layout, isTitle: Bool, color: Bool) -> String {
    var parts: [String] = []
    for index in layout.shown {
      let width = layout.widths[index] ?? 0
      let cell = Self.cell(cells, index)
      let text = isTitle ? cell.text : layout.measures[index].text(cell, width: width)
      let padding = String(repeating: " ", count: max(0, width - DisplayWidth.of(text)))
      let styled = cell.emphasis.apply(to: text, color: color)
      parts.append(columns[index].alignment == .right ? padding + styled : styled + padding)
    }
    var line = parts.joined(separator: Self.gap)
    while line.last == " " { line.removeLast() }
    return line
  }
}

extension LocalizedText {
  /// `Left out to fit: Hours, Invoiced. See every column with --wide, or by piping the output.`
  fileprivate static func columnsLeftOut(_ titles: [String]) -> LocalizedText {
    // The titles are already in the run's language.
    let names = titles.map(LocalizedText.written)
    return LocalizedText(
      en: "Left out to fit: \(list: names, .comma). See every column with \(code: "--wide"), or by piping the output.",
      ar: "حُذفت لضيق العرض: \(list: names, .comma). اعرض كل الأعمدة باستخدام \(code: "--wide")، أو بتوجيه الناتج إلى "
        + "أمر آخر.")
  }
}
