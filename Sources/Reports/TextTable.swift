/// A table of text cells with alignment and emphasis: the one model behind the terminal table and
/// the markdown table, so both show the same columns and the same cells.
struct TextTable: Sendable, Equatable {
  /// Where a column's cells sit.
  enum Alignment: Sendable, Equatable {
    case left
    case right
  }

  /// How a column may give up width so the table fits.
  enum Fit: Sendable, Equatable {
    /// Always as wide as its widest cell.
    case fixed
    /// Cells break at spaces onto more lines, down to the widest word: nothing is lost.
    case wrap
    /// Cells are cut with an ellipsis, down to `minimum` columns.
    case truncate(minimum: Int)
  }

  /// A column: its title, alignment, how it may narrow to fit the width, and whether a terminal
  /// too narrow for the whole table may leave it out.
  struct Column: Sendable, Equatable {
    var title: String
    var alignment: Alignment
    var fit: Fit
    /// Columns with a rank are left out, lowest rank first, when the table cannot fit otherwise;
    /// nil: always shown.
    var dropRank: Int?

    init(_ title: String, _ alignment: Alignment, fit: Fit = .fixed, dropRank: Int? = nil) {
      self.title = title
      self.alignment = alignment
      self.fit = fit
      self.dropRank = dropRank
    }
  }

  /// One cell: its text (already printable) and how it stands out.
  struct Cell: Sendable, Equatable {
    var text: String
    var emphasis: Emphasis

    init(_ text: String, _ emphasis: Emphasis = .plain) {
      self.text = text
      self.emphasis = emphasis
    }
  }

  /// A row of cells, one per column, or a horizontal rule (shown on a terminal only).
  enum Row: Sendable, Equatable {
    case cells([Cell])
    case rule
  }

  var columns: [Column]
  var rows: [Row]
  /// How the column titles stand out.
  var titleEmphasis: Emphasis = .strong

  init(columns: [Column], rows: [Row] = []) {
    self.columns = columns
    self.rows = rows
  }

  /// The table without the column at `index`.
  func removingColumn(_ index: Int) -> TextTable {
    var table = self
    table.columns.remove(at: index)
    table.rows = rows.map {
      guard case .cells(var cells) = $0 else { return $0 }
      if index < cells.count { cells.remove(at: index) }
      return .cells(cells)
    }
    return table
  }

  /// The cell rows, without the rules.
  var cellRows: [[Cell]] {
    rows.compactMap {
      if case .cells(let cells) = $0 { return cells }
      return nil
    }
  }
}
