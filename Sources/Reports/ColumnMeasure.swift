/// The widths one column of a terminal table can take, measured from its title and its cells,
/// and the text each cell shows at a given width.
struct ColumnMeasure: Sendable, Equatable {
  let column: TextTable.Column
  /// 1 when a cell of the column has a note (its mark takes a column), else 0.
  let markWidth: Int
  /// Wide enough for the title and every cell whole.
  let natural: Int
  /// As narrow as the column ever gets.
  let minimum: Int
  /// As narrow as it gets to make room for columns of lower priority.
  let comfortable: Int
  private let cells: [TextTable.Cell]

  init(_ column: TextTable.Column, cells: [TextTable.Cell]) {
    self.column = column
    self.cells = cells
    markWidth = cells.contains { $0.note != nil } ? DisplayWidth.of(TextTable.noteMark) : 0
    let title = DisplayWidth.of(column.title)
    let widest = cells.map { DisplayWidth.of($0.text) }.max() ?? 0
    natural = max(title, widest + markWidth)
    switch column.fit {
    case .fixed:
      minimum = natural
      comfortable = natural
    case .truncate(let floor, let preferred):
      minimum = min(natural, max(title, floor + markWidth))
      comfortable = min(natural, max(minimum, preferred + markWidth))
    case .shorten:
      // A cell's last form is its last resort: used only when the always-shown columns need the room.
      let shortest = cells.map { DisplayWidth.of($0.forms.last ?? "") }.max() ?? 0
      let lastButOne = cells.map { DisplayWidth.of($0.forms.dropLast().last ?? $0.text) }.max() ?? 0
      minimum = max(title, shortest + markWidth)
      comfortable = min(natural, max(minimum, lastButOne + markWidth))
    }
  }

  /// The width the column takes when it may use up to `allowed` columns: never below `minimum`
  /// nor above `natural`; a shortening column takes only what its chosen forms need.
  func width(allowed: Int) -> Int {
    let bounded = min(natural, max(minimum, allowed))
    guard column.fit == .shorten else { return bounded }
    let room = bounded - markWidth
    let used = cells.map { DisplayWidth.of(form($0, room: room)) }.max() ?? 0
    return max(DisplayWidth.of(column.title), used + markWidth)
  }

  /// What `cell` shows in the column `width` wide: cut or shortened to fit, then marked when it
  /// has a note (a right-aligned cell without one keeps the mark's place blank, so figures line up).
  func text(_ cell: TextTable.Cell, width: Int) -> String {
    let room = width - markWidth
    let text: String
    switch column.fit {
    case .fixed: text = cell.text
    case .truncate: text = DisplayWidth.truncated(cell.text, toWidth: room)
    case .shorten: text = form(cell, room: room)
    }
    guard markWidth > 0 else { return text }
    if cell.note != nil { return text + TextTable.noteMark }
    return column.alignment == .right && !text.isEmpty ? text + " " : text
  }

  /// The longest form of `cell` that fits `room`, else its shortest cut to `room`.
  private func form(_ cell: TextTable.Cell, room: Int) -> String {
    let forms = cell.forms
    if let fitting = forms.first(where: { DisplayWidth.of($0) <= room }) { return fitting }
    return DisplayWidth.truncated(forms.last ?? "", toWidth: room)
  }
}
