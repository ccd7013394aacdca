/// A table of text cells with alignment and emphasis: the one model behind the terminal table,
/// the markdown table and the HTML table, so all three show the same columns and the same cells.
///
/// Each column carries a priority: on a terminal too narrow for every column, the columns are
/// kept in priority order while they fit (`TextTable+Layout.swift`), and the HTML page orders a
/// phone's cards by it.
struct TextTable: Sendable, Equatable {
  /// Where a column's cells sit.
  enum Alignment: Sendable, Equatable {
    case left
    case right
  }

  /// How a column may give up width so more columns fit. No column ever wraps a row onto a
  /// second line.
  enum Fit: Sendable, Equatable {
    /// Always as wide as its widest cell.
    case fixed
    /// Cells are cut with an ellipsis at the end: down to `preferred` columns to make room for
    /// more columns, down to `minimum` only when the always-shown columns do not fit otherwise.
    case truncate(minimum: Int, preferred: Int)
    /// Each cell shows the longest of its forms (`Cell.text`, then `Cell.shorter`) that fits; a
    /// cell's last form only when the always-shown columns need the room.
    case shorten
  }

  /// A column: its title, alignment, how it may narrow, and how soon it is left out.
  struct Column: Sendable, Equatable {
    var title: String
    var alignment: Alignment
    var fit: Fit
    /// 0: always shown. Otherwise the larger the number, the sooner the column is left out of a
    /// narrow terminal.
    var priority: Int

    init(_ title: String, _ alignment: Alignment, fit: Fit = .fixed, priority: Int = 0) {
      self.title = title
      self.alignment = alignment
      self.fit = fit
      self.priority = priority
    }
  }

  /// One cell: its text (already printable), how it stands out, its shorter forms, and a note
  /// that explains it.
  struct Cell: Sendable, Equatable {
    var text: String
    var emphasis: Emphasis
    /// Shorter forms of `text`, longest first, for a column that fits by shortening.
    var shorter: [String]
    /// Said under the table, the cell marked with `TextTable.noteMark`.
    var note: String?
    /// The separate items the text lists (a row's flags), which the HTML page shows as badges.
    var items: [String]
    /// Where the cell leads on the HTML page (`#explain-Acme`); the other formats ignore it.
    var link: String?

    init(
      _ text: String, _ emphasis: Emphasis = .plain, shorter: [String] = [], note: String? = nil, items: [String] = []
    ) {
      self.text = text
      self.emphasis = emphasis
      self.shorter = shorter
      self.note = note
      self.items = items
    }

    /// The text and its shorter forms, longest first.
    var forms: [String] { [text] + shorter }
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

  /// Marks a cell that has a note, and starts the note under the table.
  static let noteMark = "*"

  init(columns: [Column], rows: [Row] = []) {
    self.columns = columns
    self.rows = rows
  }

  /// The cell rows, without the rules.
  var cellRows: [[Cell]] {
    rows.compactMap {
      if case .cells(let cells) = $0 { return cells }
      return nil
    }
  }

  /// The cell of `row` in column `index`, empty where the row is short.
  static func cell(_ row: [Cell], _ index: Int) -> Cell {
    index < row.count ? row[index] : Cell("")
  }

  /// The notes of the cells in `columns` (all when nil), row by row, each once.
  func notes(in columns: Set<Int>? = nil) -> [String] {
    var notes: [String] = []
    for row in cellRows {
      for (index, cell) in row.enumerated() where columns?.contains(index) ?? true {
        if let note = cell.note, !notes.contains(note) { notes.append(note) }
      }
    }
    return notes
  }
}
