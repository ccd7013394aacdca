/// How a figure follows from other figures, named constants and the totals of tables of rows:
/// what an explanation writes in words and in numbers, and what a test evaluates to check that the
/// parts add up to the figure.
public indirect enum Formula: Sendable, Equatable {
  /// Another figure of the explanation.
  case figure(FigureKey)
  /// A setting or a fixed number, with its name: `cost rate` $65.00/h.
  case constant(String, Quantity)
  /// The total of one column of a table of rows.
  case total(ColumnRef)
  /// The largest value of one column of a table.
  case largest(ColumnRef)
  /// Σ weight × value ÷ Σ weight over the rows of a table that have both: an amount-weighted mean.
  case weightedMean(ColumnRef, weights: String)
  /// How many rows of a table there are (with a value above zero in the column, when given).
  case count(table: String, positive: String?)
  case sum([Formula])
  case difference(Formula, Formula)
  case product([Formula])
  case quotient(Formula, Formula)
  case negated(Formula)
  /// The larger of the two: `max(0, x)`.
  case larger(Formula, Formula)
  /// The smaller of the two.
  case smaller(Formula, Formula)
  /// Rounded half-to-even to the minor unit, once (spec §4).
  case rounded(Formula)

  /// The figures this formula reads, in the order it names them.
  public var figures: [FigureKey] {
    var keys: [FigureKey] = []
    visit { if case .figure(let key) = $0 { keys.append(key) } }
    return keys
  }

  /// The tables this formula reads, in the order it names them.
  public var tables: [String] {
    var ids: [String] = []
    visit {
      switch $0 {
      case .total(let column), .largest(let column), .weightedMean(let column, _): ids.append(column.table)
      case .count(let table, _): ids.append(table)
      default: break
      }
    }
    return ids
  }

  /// Calls `body` with this formula and every formula inside it, depth first.
  public func visit(_ body: (Formula) -> Void) {
    body(self)
    switch self {
    case .figure, .constant, .total, .largest, .weightedMean, .count: break
    case .sum(let parts), .product(let parts): for part in parts { part.visit(body) }
    case .difference(let a, let b), .quotient(let a, let b), .larger(let a, let b), .smaller(let a, let b):
      a.visit(body)
      b.visit(body)
    case .negated(let inner), .rounded(let inner): inner.visit(body)
    }
  }
}

/// One column of one table of an explanation.
public struct ColumnRef: Sendable, Equatable, Hashable {
  public var table: String
  public var column: String

  public init(_ table: String, _ column: String) {
    self.table = table
    self.column = column
  }
}
