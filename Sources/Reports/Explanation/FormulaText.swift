import Analysis
import Decisions
import Domain

/// A figure's formula in words and numbers, each operand named with its value:
/// `effective rate = earned $17,712.34 ÷ hours 462.00 h = $38.34/h`.
struct FormulaText {
  let explanation: Explanation
  /// The scope whose section the line is in: operands of another scope say theirs.
  let section: Scope
  /// False: the operands' names only (`earned ÷ hours`).
  var showsValues = true

  var currency: Currency { explanation.currency }

  /// `name = operands = value`, or `name = value — why` without a formula, or `name: why` when null.
  func line(_ figure: ExplainedFigure) -> String {
    let name = ExplanationWords.figure(figure.key.name)
    let value = figure.value.map { QuantityText.reading($0, currency) }
    let note = figure.note.map(ExplanationWords.note)
    guard let value else { return name + ": " + (note ?? ExplanationWords.note(.notCarried)) }
    guard let formula = figure.formula else { return name + " = " + value + (note.map { " — " + $0 } ?? "") }
    return name + " = " + text(formula, showLeafValue: !formula.isLeaf) + " = " + value
  }

  /// The formula with each operand's name and value, in the order it reads.
  func text(_ formula: Formula, showLeafValue: Bool = true) -> String {
    render(formula, parent: 0, showLeafValue: showLeafValue && showsValues)
  }

  /// Binding strength: sums 1, products 2, everything else binds fully.
  private func precedence(_ formula: Formula) -> Int {
    switch formula {
    case .sum, .difference: 1
    case .product, .quotient: 2
    case .rounded(let inner): precedence(inner)
    default: 3
    }
  }

  private func render(_ formula: Formula, parent: Int, showLeafValue: Bool? = nil) -> String {
    let showLeafValue = showLeafValue ?? showsValues
    let own = precedence(formula)
    let text: String
    switch formula {
    case .figure(let key):
      let value = explanation.figure(key)?.value.map { QuantityText.reading($0, currency) } ?? ExplanationWords.unknown
      text = ExplanationWords.figure(key, in: section, of: explanation) + (showLeafValue ? " " + value : "")
    case .constant(let id, let quantity):
      text =
        Self.plainNumber(id, quantity) ?? ExplanationWords.constant(id)
        + (showLeafValue ? " " + QuantityText.reading(quantity, currency) : "")
    case .total(let column):
      text = ExplanationWords.total(columnName(column)) + (showLeafValue ? " " + total(column) : "")
    case .largest(let column):
      text = ExplanationWords.largest(columnName(column))
    case .weightedMean(let column, let weights):
      text = ExplanationWords.weightedMean(columnName(column), by: ExplanationWords.column(weights).lowercased())
    case .count(let id, let positive):
      let rows = explanation.table(id)
      let count =
        positive.map { column in rows?.quantities(column).count { ($0?.value ?? .zero) > .zero } ?? 0 }
        ?? rows?.rows.count ?? 0
      let kind = rows.map { ExplanationWords.tableShort($0.kind) } ?? id
      let what = positive.map { ExplanationWords.positiveRows(kind, column: $0) } ?? kind
      text = what + (showLeafValue ? " " + String(count) : "")
    case .sum(let parts):
      text = parts.enumerated().map { index, part in
        if case .negated(let inner) = part, index > 0 { return "− " + render(inner, parent: 2) }
        return (index > 0 ? "+ " : "") + render(part, parent: 1)
      }.joined(separator: " ")
    case .difference(let a, let b): text = render(a, parent: 1) + " − " + render(b, parent: 2)
    case .product(let parts): text = parts.map { render($0, parent: 2) }.joined(separator: " × ")
    case .quotient(let a, let b): text = render(a, parent: 2) + " ÷ " + render(b, parent: 3)
    case .negated(let inner): text = "−" + render(inner, parent: 3)
    case .larger(let a, let b): text = "max(" + render(a, parent: 0) + ", " + render(b, parent: 0) + ")"
    case .smaller(let a, let b): text = "min(" + render(a, parent: 0) + ", " + render(b, parent: 0) + ")"
    case .rounded(let inner): return render(inner, parent: parent, showLeafValue: showLeafValue)
    }
    return own < parent ? "(" + text + ")" : text
  }

  /// `amount of invoices`: a column and its table and, when it is not the section's, its span.
  private func columnName(_ column: ColumnRef) -> String {
    let table = explanation.table(column.table)
    var name = ExplanationWords.column(column.column).lowercased()
    if let table {
      name = ExplanationWords.column(name, of: ExplanationWords.tableShort(table.kind))
      if table.scope != section { name += " (" + ExplanationWords.scopeShort(table.scope, in: explanation) + ")" }
    }
    return name
  }

  /// The constants written as bare numbers: `0`, `1`, `1 day`, `30.4375 ÷ 90` (the monthly factor).
  static func plainNumber(_ id: String, _ quantity: Quantity) -> String? {
    switch id {
    case "zero": return "0"
    case "one": return "1"
    case "oneDay": return "1"
    case "monthlyFactor":
      guard !quantity.value.isZero else { return nil }
      let days = RunRate.daysPerMonth / quantity.value
      return "30.4375 ÷ " + NumberText.decimal(days, digits: 0)
    default: return nil
    }
  }

  /// A column's total as the table's total row shows it.
  private func total(_ column: ColumnRef) -> String {
    guard let table = explanation.table(column.table), let unit = table.unit(column.column),
      let rounded = table.roundedTotal(column.column, scale: QuantityText.scale(unit, currency))
    else { return ExplanationWords.unknown }
    let steps = QuantityText.scale(unit, currency)
    return QuantityText.reading(Quantity(Fraction(rounded, steps), unit), currency)
  }
}

extension Formula {
  /// True for one operand alone: a figure, a constant or one table's total.
  var isLeaf: Bool {
    switch self {
    case .figure, .constant, .total, .largest, .weightedMean, .count: true
    case .rounded(let inner): inner.isLeaf
    default: false
    }
  }
}
