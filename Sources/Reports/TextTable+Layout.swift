/// Choosing a terminal table's columns and their widths for the terminal's width.
///
/// Columns are taken in priority order (ties in column order) while they fit at their
/// comfortable width; the always-shown ones (priority 0) are taken whatever the width. The room
/// left then widens the taken columns, in the same order, first to their comfortable width, then
/// to their natural width: names come first, so they are cut only when a more important column
/// needs the room. Without a width (a pipe, `--wide`) every column is shown whole.
extension TextTable {
  /// Which columns a terminal shows and how wide each is.
  struct Layout: Sendable, Equatable {
    /// Per column: its width, or nil when it is left out.
    var widths: [Int?]
    /// Per column: what its cells show at a width.
    var measures: [ColumnMeasure] = []

    /// The columns left out, in column order.
    var leftOut: [Int] { widths.indices.filter { widths[$0] == nil } }
    /// The columns shown, in column order.
    var shown: [Int] { widths.indices.filter { widths[$0] != nil } }
    /// The columns' widths and the gaps between them.
    var totalWidth: Int {
      let shownWidths = widths.compactMap { $0 }
      return shownWidths.reduce(0, +) + TextTable.gap.count * max(0, shownWidths.count - 1)
    }
  }

  /// The layout of this table in `width` columns (nil: unbounded).
  func layout(width: Int?) -> Layout {
    Self.layout(of: [self], width: width)
  }

  /// One layout for tables of the same columns, so that they line up one under the other.
  static func layout(of tables: [TextTable], width: Int?) -> Layout {
    guard let columns = tables.first?.columns else { return Layout(widths: []) }
    let rows = tables.flatMap(\.cellRows)
    let measures = columns.indices.map { index in
      ColumnMeasure(columns[index], cells: rows.map { cell($0, index) })
    }
    guard let width else { return Layout(widths: measures.map(\.natural), measures: measures) }
    let order = columns.indices.sorted { (columns[$0].priority, $0) < (columns[$1].priority, $1) }
    var taken: [Int] = []
    var needed = -gap.count
    for index in order {
      needed += gap.count + measures[index].comfortable
      if columns[index].priority > 0 && needed > width { break }
      taken.append(index)
    }
    var widths = [Int?](repeating: nil, count: columns.count)
    for index in taken { widths[index] = measures[index].minimum }
    var spare = width - Layout(widths: widths).totalWidth
    for goal in [\ColumnMeasure.comfortable, \ColumnMeasure.natural] {
      for index in taken where spare > 0 {
        let current = widths[index] ?? 0
        let grown = measures[index].width(allowed: min(measures[index][keyPath: goal], current + spare))
        guard grown > current else { continue }
        spare -= grown - current
        widths[index] = grown
      }
    }
    return Layout(widths: widths, measures: measures)
  }
}
