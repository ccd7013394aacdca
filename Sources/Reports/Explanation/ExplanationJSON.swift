import Analysis
import Domain
import Localization

/// An explanation as one JSON object (docs/output.md "explain"): the client, the spans, the
/// recommendation, every figure with its value, formula and calculation, and every table with its
/// rows (each with its source), totals and, when the rows as written do not add up, the rounding.
enum ExplanationJSON {
  /// Keys, codes, numbers and dates are the same in every language; the sentences are in `locale`'s.
  static func document(_ explanation: Explanation, _ locale: TextLocale) -> String {
    let currency = explanation.currency
    let machines = locale.forMachines
    let verdict = explanation.verdict.map { verdict in
      JSONNode.object([
        .init("recommendation", .string(verdict.recommendation)), .init("rule", .integer(verdict.rule)),
        .init("reasons", .array(verdict.reasons.map { .string(machines($0)) })),
      ])
    }
    return JSONWriter.document(
      .object([
        .init("client", .string(explanation.name)), .init("asOf", .string(explanation.asOf.description)),
        .init("currency", .string(currency.code)),
        .init("scopes", .array(explanation.scopes.map(scope))),
        .init("recommendation", verdict ?? .null),
        .init("figures", .array(explanation.figures.map { figure($0, explanation, machines) })),
        .init("tables", .array(explanation.tables.map { table($0, currency, machines) })),
      ]))
  }

  private static func scope(_ span: ScopeSpan) -> JSONNode {
    .object([
      .init("scope", .string(span.scope.rawValue)), .init("from", .string(span.from?.description)),
      .init("to", .string(span.to.description)),
    ])
  }

  private static func figure(_ figure: ExplainedFigure, _ explanation: Explanation, _ locale: TextLocale) -> JSONNode {
    let words = FormulaText(explanation: explanation, section: figure.key.scope, showsValues: false)
    let numbers = FormulaText(explanation: explanation, section: figure.key.scope)
    return .object([
      .init("name", .string(figure.key.name)), .init("scope", .string(figure.key.scope.rawValue)),
      .init("value", figure.value.map { QuantityText.json($0, explanation.currency) } ?? .null),
      .init("unit", .string(figure.value?.unit.rawValue)),
      .init("formula", .string(figure.formula.map { locale(words.text($0)) })),
      .init("calculation", .string(figure.formula == nil ? nil : locale(numbers.line(figure)))),
      .init("reads", .array((figure.formula?.figures ?? []).map { .string($0.description) })),
      .init("tables", .array((figure.formula?.tables ?? []).map { .string($0) })),
      .init("note", .string(figure.note?.rawValue)),
    ])
  }

  private static func table(_ table: RowTable, _ currency: Currency, _ locale: TextLocale) -> JSONNode {
    let rows = table.rows.map { row in
      var members = zip(table.columns, row.cells).map { column, cell in
        JSONNode.Member(column.id, self.cell(cell, currency))
      }
      members.append(.init("source", row.source.map(source) ?? .null))
      return JSONNode.object(members)
    }
    var totals: [JSONNode.Member] = []
    var rounding: [JSONNode.Member] = []
    for column in table.columns where column.totalled {
      guard let unit = table.unit(column.id) else { continue }
      let scale = QuantityText.scale(unit, currency)
      let total = ExplanationTable.shownTotal(table, column.id, unit: unit, currency: currency).steps
      totals.append(.init(column.id, QuantityText.json(Quantity(Fraction(total, scale), unit), currency)))
      let gap = ExplanationTable.rounding(table, column.id, unit: unit, currency: currency)
      if gap != 0 {
        rounding.append(.init(column.id, QuantityText.json(Quantity(Fraction(gap, scale), unit), currency)))
      }
    }
    return .object([
      .init("id", .string(table.id)), .init("kind", .string(table.kind.rawValue)),
      .init("scope", .string(table.scope.rawValue)), .init("title", .string(locale(ExplanationWords.table(table)))),
      .init("columns", .array(table.columns.map { .string($0.id) })), .init("rows", .array(rows)),
      .init("totals", .object(totals)), .init("rounding", rounding.isEmpty ? .null : .object(rounding)),
    ])
  }

  private static func cell(_ cell: RowTable.Cell, _ currency: Currency) -> JSONNode {
    switch cell {
    case .text(let text): .string(text)
    case .quantity(let quantity): QuantityText.json(quantity, currency)
    case .span(let first, let last):
      .object([.init("from", .string(first.description)), .init("to", .string(last.description))])
    case .empty: .null
    }
  }

  private static func source(_ position: SourcePosition) -> JSONNode {
    .object([
      .init("file", .string(position.file)), .init("line", .integer(position.line)),
      .init("column", .integer(position.column)),
    ])
  }
}
