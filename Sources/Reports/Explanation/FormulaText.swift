import Analysis
import Decisions
import Domain
import Localization

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
  func line(_ figure: ExplainedFigure) -> LocalizedText {
    let name = ExplanationWords.figure(figure.key.name)
    let note = figure.note.map(ExplanationWords.note)
    guard let value = figure.value.map({ QuantityText.reading($0, currency) }) else {
      return .same("\(name): \(note ?? ExplanationWords.note(.notCarried))")
    }
    guard let formula = figure.formula else {
      return note.map { .same("\(name) = \(value) — \($0)") } ?? .same("\(name) = \(value)")
    }
    return .same("\(name) = \(text(formula, showLeafValue: !formula.isLeaf)) = \(value)")
  }

  /// The formula with each operand's name and value, in the order it reads.
  func text(_ formula: Formula, showLeafValue: Bool = true) -> LocalizedText {
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

  private func render(_ formula: Formula, parent: Int, showLeafValue: Bool? = nil) -> LocalizedText {
    let showLeafValue = showLeafValue ?? showsValues
    func valued(_ name: LocalizedText, _ value: @autoclosure () -> LocalizedText) -> LocalizedText {
      showLeafValue ? .same("\(name) \(value())") : name
    }
    let own = precedence(formula)
    let text: LocalizedText
    switch formula {
    case .figure(let key):
      text = valued(
        ExplanationWords.figure(key, in: section, of: explanation),
        explanation.figure(key)?.value.map { QuantityText.reading($0, currency) } ?? ExplanationWords.unknown)
    case .constant(let id, let quantity):
      text =
        Self.plainNumber(id, quantity)
        ?? valued(ExplanationWords.constant(id), QuantityText.reading(quantity, currency))
    case .total(let column):
      text = valued(ExplanationWords.total(columnName(column)), total(column))
    case .largest(let column):
      text = ExplanationWords.largest(columnName(column))
    case .weightedMean(let column, let weights):
      text = ExplanationWords.weightedMean(columnName(column), by: ExplanationWords.columnInSentence(weights))
    case .count(let id, let positive):
      let rows = explanation.table(id)
      let count =
        positive.map { column in rows?.quantities(column).count { ($0?.value ?? .zero) > .zero } ?? 0 }
        ?? rows?.rows.count ?? 0
      let kind = rows.map { ExplanationWords.tableShort($0.kind) } ?? .same("\(code: id)")
      text = valued(positive.map { ExplanationWords.positiveRows(kind, column: $0) } ?? kind, .same("\(number: count)"))
    case .sum(let parts):
      text = .joined(
        parts.enumerated().map { index, part in
          if case .negated(let inner) = part, index > 0 { return .same("− \(render(inner, parent: 2))") }
          return index > 0 ? .same("+ \(render(part, parent: 1))") : render(part, parent: 1)
        }, separator: .same(" "))
    case .difference(let a, let b): text = .same("\(render(a, parent: 1)) − \(render(b, parent: 2))")
    case .product(let parts): text = .joined(parts.map { render($0, parent: 2) }, separator: .same(" × "))
    case .quotient(let a, let b): text = .same("\(render(a, parent: 2)) ÷ \(render(b, parent: 3))")
    case .negated(let inner): text = .same("−\(render(inner, parent: 3))")
    case .larger(let a, let b): text = ExplanationWords.larger(render(a, parent: 0), render(b, parent: 0))
    case .smaller(let a, let b): text = ExplanationWords.smaller(render(a, parent: 0), render(b, parent: 0))
    case .rounded(let inner): return render(inner, parent: parent, showLeafValue: showLeafValue)
    }
    return own < parent ? .same("(\(text))") : text
  }

  /// `amount of invoices`: a column and its table and, when it is not the section's, its span.
  private func columnName(_ column: ColumnRef) -> LocalizedText {
    let name = ExplanationWords.columnInSentence(column.column)
    guard let table = explanation.table(column.table) else { return name }
    let named = ExplanationWords.column(name, of: ExplanationWords.tableShort(table.kind))
    guard table.scope != section else { return named }
    return .same("\(named) (\(ExplanationWords.scopeShort(table.scope, in: explanation)))")
  }

  /// The constants written as bare numbers: `0`, `1`, `1 day`, `30.4375 ÷ 90` (the monthly factor).
  static func plainNumber(_ id: String, _ quantity: Quantity) -> LocalizedText? {
    switch id {
    case "zero": return .same("\(number: 0)")
    case "one", "oneDay": return .same("\(number: 1)")
    case "monthlyFactor":
      guard !quantity.value.isZero else { return nil }
      let days = DecimalNumber(RunRate.daysPerMonth / quantity.value, decimals: 0)
      return .same("\(number: DecimalNumber(RunRate.daysPerMonth, decimals: 4)) ÷ \(number: days)")
    default: return nil
    }
  }

  /// A column's total as the table's total row shows it.
  private func total(_ column: ColumnRef) -> LocalizedText {
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
