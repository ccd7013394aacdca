import Analysis
import Domain

/// An explanation laid out for reading, the same for the terminal, markdown and the HTML page: a
/// title, then a section per span the figures cover (the report's period, the decision, its
/// window, all the data, the last 12 months), each with its figures in words and numbers and the
/// tables of rows they add up from.
struct ExplanationDocument {
  /// One span's figures and tables.
  struct Section {
    var scope: Scope
    var title: String
    /// The recommendation and the rule that gave it, and its reasons (the decision's section only).
    var verdict: String?
    var reasons: [String] = []
    /// One line per figure: `effective rate = earned $17,712.34 ÷ hours 462.00 h = $38.34/h`.
    var figures: [String] = []
    var tables: [(title: String, table: TextTable)] = []
  }

  var title: String
  var details: String
  var sections: [Section]

  /// `focus` is the figure the explanation was narrowed to, if any: its null decision figures are
  /// then shown too, with why. Tables of the kinds in `shownElsewhere` are left out (the page shows
  /// the tables of every client once).
  init(_ explanation: Explanation, focus: String? = nil, shownElsewhere: Set<RowTable.Kind> = []) {
    let currency = explanation.currency
    let name = PrintableText.of(explanation.name)
    if let focus,
      let figure = [Scope.period, .decision].lazy.compactMap({ explanation.figure(FigureKey(focus, $0)) }).first
    {
      let value = figure.value.map { QuantityText.reading($0, currency) } ?? "unknown"
      title = .whyFigure(name, ExplanationWords.figure(focus), value)
    } else if focus == ExplainedVerdict.figureName, let verdict = explanation.verdict {
      title = .whyVerdict(name, verdict.recommendation)
    } else {
      title = .whyFigures(name)
    }
    details = .details(asOf: explanation.asOf, currency: currency.code)
    sections = []
    for scope in [Scope.period, .decision, .window, .allData, .year] {
      var section = Section(scope: scope, title: Self.title(scope, explanation))
      let formulas = FormulaText(explanation: explanation, section: scope)
      if scope == .decision, let verdict = explanation.verdict {
        section.verdict = .verdict(verdict)
        section.reasons = verdict.reasons
      }
      for figure in explanation.figures where figure.key.scope == scope {
        if focus == nil && figure.note == .notCarried { continue }
        // A term that is zero with nothing to add up (no unbilled work) says nothing its figure does not.
        if figure.isTerm && figure.formula == nil { continue }
        section.figures.append(formulas.line(figure))
      }
      let order = RowTable.Kind.allCases
      let tables = explanation.tables.filter { $0.scope == scope && !shownElsewhere.contains($0.kind) }.sorted {
        (order.firstIndex(of: $0.kind) ?? 0) < (order.firstIndex(of: $1.kind) ?? 0)
      }
      for table in tables {
        section.tables.append((ExplanationWords.table(table), ExplanationTable.table(table, currency: currency)))
      }
      if section.verdict != nil || !section.figures.isEmpty || !section.tables.isEmpty { sections.append(section) }
    }
  }

  /// `The report: all data up to 2026-10-30`, `The last 90 days: 2026-08-02 – 2026-10-30 (the decision's window)`.
  static func title(_ scope: Scope, _ explanation: Explanation) -> String {
    let span = explanation.span(of: scope)
    let days = span.map { span in span.from.map { "\($0) – \(span.to)" } ?? "all data up to \(span.to)" } ?? ""
    switch scope {
    case .period: return "The report: " + days
    case .decision: return "The decision"
    case .window:
      let count = span.flatMap { span in span.from.map { span.to - $0 + 1 } } ?? 0
      return "The decision's window, the last \(count) days: " + days
    case .allData: return "All the data: " + days
    case .year: return "The last 12 months, for the share: " + days
    }
  }
}

extension String {
  fileprivate static func whyFigures(_ client: String) -> String {
    "Why \(client)'s figures are what they are"
  }

  fileprivate static func whyFigure(_ client: String, _ figure: String, _ value: String) -> String {
    "Why \(client)'s \(figure) is \(value)"
  }

  fileprivate static func whyVerdict(_ client: String, _ recommendation: String) -> String {
    "Why \(client) gets \(recommendation)"
  }

  fileprivate static func details(asOf: Day, currency: String) -> String {
    "As of \(asOf) · \(currency) · every figure is the report's own, computed from the rows below; each "
      + "table adds up to the figures that read it"
  }

  fileprivate static func verdict(_ verdict: ExplainedVerdict) -> String {
    "Recommendation: \(verdict.recommendation) (rule \(verdict.rule) of the decision ladder)"
  }
}
