import Domain

/// Input rows that fed an explanation's figures, grouped where there are many (time by month):
/// the invoices of the period, its payments with their days late, its expenses, and so on. Each
/// row says where in the input it came from; each numeric column adds up (`total(_:)`).
public struct RowTable: Sendable, Equatable {
  /// What the rows are; a renderer names the table and its columns from it.
  public enum Kind: String, Sendable, Equatable, CaseIterable {
    /// The client's time by month.
    case time
    /// Billable time no invoice has billed, by month (spec §3a).
    case unbilled
    /// Each invoice span and what its net amount attributes to the work of the scope (spec §3a).
    case spans
    /// The invoices issued in the scope (credit notes included).
    case invoices
    /// The lateness items of those invoices (spec §4): their payments received by as-of and their
    /// open balances already past due, with days late, days to pay and carrying cost.
    case lateness
    case expenses
    case incidents
    /// Every client's earned revenue and hours, for the benchmark rate; over the year, for the share.
    case clients
    /// The payments received in the scope, whatever the invoice's date (what a refund is capped at).
    case received
  }

  /// One column: its id (a renderer's key for its title) and whether its values add up.
  public struct Column: Sendable, Equatable {
    public var id: String
    /// True when a total row sums it.
    public var totalled: Bool

    public init(_ id: String, totalled: Bool = false) {
      self.id = id
      self.totalled = totalled
    }
  }

  /// One cell.
  public enum Cell: Sendable, Equatable {
    case text(String)
    case quantity(Quantity)
    /// First and last day, both included.
    case span(Day, Day)
    case empty
  }

  /// One row, and where in the input it came from (the first row, for a group).
  public struct Row: Sendable, Equatable {
    public var cells: [Cell]
    public var source: SourcePosition?

    public init(_ cells: [Cell], source: SourcePosition? = nil) {
      self.cells = cells
      self.source = source
    }
  }

  public var kind: Kind
  public var scope: Scope
  public var columns: [Column]
  public var rows: [Row]

  public init(_ kind: Kind, scope: Scope, columns: [Column], rows: [Row] = []) {
    self.kind = kind
    self.scope = scope
    self.columns = columns
    self.rows = rows
  }

  /// `invoices@period`: how a formula names the table.
  public var id: String { Self.id(kind, scope) }

  public static func id(_ kind: Kind, _ scope: Scope) -> String { "\(kind.rawValue)@\(scope.rawValue)" }

  /// The index of the column `id`.
  public func columnIndex(_ id: String) -> Int? { columns.firstIndex { $0.id == id } }

  /// The quantities of a column, row by row (nil where a row has none).
  public func quantities(_ column: String) -> [Quantity?] {
    guard let index = columnIndex(column) else { return [] }
    return rows.map { row in
      guard index < row.cells.count, case .quantity(let quantity) = row.cells[index] else { return nil }
      return quantity
    }
  }

  /// The exact sum of a column; nil when no row has a value in it. For a column of amounts with
  /// many denominators (what each span attributes), `roundedTotal(_:)`, which cannot overflow.
  public func total(_ column: String) -> Fraction? {
    let values = quantities(column).compactMap { $0 }
    guard !values.isEmpty else { return nil }
    var sum = ExactFraction()
    for value in values { sum.add(value.value) }
    return sum.value
  }

  /// The sum of a column rounded half-to-even once, as a whole number of its unit's smallest step
  /// (`scale` of them to one: 100 for cents of an amount in major units); nil when no row has a value.
  public func roundedTotal(_ column: String, scale: Int128 = 1) -> Int128? {
    let values = quantities(column).compactMap { $0 }
    guard !values.isEmpty else { return nil }
    var sum = ExactSum()
    for value in values { sum.add(value.value * Fraction(scale)) }
    return sum.roundedHalfEven()
  }

  /// True when some row has a value in the column.
  public func hasValues(_ column: String) -> Bool { quantities(column).contains { $0 != nil } }

  /// Adds the column's values, times `sign`, to `sum`.
  func addTotal(_ column: String, sign: Fraction, to sum: inout ExactSum) {
    for value in quantities(column).compactMap(\.self) { sum.add(value.value * sign) }
  }

  /// The unit of a column's values; nil when it has none.
  public func unit(_ column: String) -> Quantity.Unit? {
    quantities(column).lazy.compactMap { $0?.unit }.first
  }
}
