import Analysis
import Decisions
import Domain
import Localization

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
  /// the tables of every client once). Every text is written in `locale`.
  init(
    _ explanation: Explanation, focus: String? = nil, shownElsewhere: Set<RowTable.Kind> = [], _ locale: TextLocale
  ) {
    let currency = explanation.currency
    let name = explanation.name
    if let focus,
      let figure = [Scope.period, .decision].lazy.compactMap({ explanation.figure(FigureKey(focus, $0)) }).first
    {
      let value = figure.value.map { QuantityText.reading($0, currency) } ?? ExplanationWords.unknown
      title = locale(.whyFigure(name, ExplanationWords.figure(focus), value))
    } else if focus == ExplainedVerdict.figureName, let verdict = explanation.verdict {
      title = locale(.whyVerdict(name, verdict.recommendation))
    } else {
      title = locale(.whyFigures(name))
    }
    details = locale(.details(asOf: explanation.asOf, currency: currency.code))
    sections = []
    for scope in [Scope.period, .decision, .window, .allData, .year] {
      var section = Section(scope: scope, title: locale(Self.title(scope, explanation)))
      let formulas = FormulaText(explanation: explanation, section: scope)
      if scope == .decision, let verdict = explanation.verdict {
        section.verdict = locale(.verdict(verdict))
        section.reasons = verdict.reasons.map { locale($0) }
      }
      for figure in explanation.figures where figure.key.scope == scope {
        if focus == nil && figure.note == .notCarried { continue }
        // A term that is zero with nothing to add up (no unbilled work) says nothing its figure does not.
        if figure.isTerm && figure.formula == nil { continue }
        section.figures.append(locale(formulas.line(figure)))
      }
      let order = RowTable.Kind.allCases
      let tables = explanation.tables.filter { $0.scope == scope && !shownElsewhere.contains($0.kind) }.sorted {
        (order.firstIndex(of: $0.kind) ?? 0) < (order.firstIndex(of: $1.kind) ?? 0)
      }
      for table in tables {
        section.tables.append(
          (locale(ExplanationWords.table(table)), ExplanationTable.table(table, currency: currency, locale)))
      }
      if section.verdict != nil || !section.figures.isEmpty || !section.tables.isEmpty { sections.append(section) }
    }
  }

  /// `The report: all data up to 2026-10-30`, `The last 90 days: 2026-08-02 – 2026-10-30 (the decision's window)`.
  static func title(_ scope: Scope, _ explanation: Explanation) -> LocalizedText {
    let span = explanation.span(of: scope)
    let days: LocalizedText =
      span.map { span in
        span.from.map { .same("\(day: $0) – \(day: span.to)") }
          ?? LocalizedText(en: "all data up to \(day: span.to)", ar: "كل البيانات حتى \(day: span.to)")
      } ?? .empty
    switch scope {
    case .period: return LocalizedText(en: "The report: \(days)", ar: "التقرير: \(days)")
    case .decision: return LocalizedText(en: "The decision", ar: "القرار")
    case .window:
      let count = ExplanationWords.windowDays(explanation)
      return LocalizedText(
        en: "The decision's window, the last \(count: count, .day): \(days)",
        ar: "الفترة التي يُبنى عليها القرار، آخر \(count: count, .day, .oblique): \(days)")
    case .allData: return LocalizedText(en: "All the data: \(days)", ar: "البيانات كلها: \(days)")
    case .year:
      return LocalizedText(
        en: "The last 12 months, for the share: \(days)", ar: "آخر \(count: 12, .month, .oblique)، لحساب الحصة: \(days)"
      )
    }
  }
}

extension LocalizedText {
  fileprivate static func whyFigures(_ client: String) -> LocalizedText {
    LocalizedText(
      en: "Why \(name: client)'s figures are what they are", ar: "لماذا أرقام \(name: client) على ما هي عليه")
  }

  fileprivate static func whyFigure(_ client: String, _ figure: LocalizedText, _ value: LocalizedText) -> LocalizedText
  {
    LocalizedText(
      en: "Why \(name: client)'s \(figure) is \(value)", ar: "لماذا يبلغ \(figure) لدى \(name: client) \(value)")
  }

  fileprivate static func whyVerdict(_ client: String, _ recommendation: String) -> LocalizedText {
    LocalizedText(
      en: "Why \(name: client) gets \(recommended(recommendation))",
      ar: "لماذا التوصية لـ\(name: client) هي: \(recommended(recommendation))")
  }

  /// `exit-now` in English, as the JSON names it; its words in Arabic.
  private static func recommended(_ code: String) -> LocalizedText {
    Recommendation(rawValue: code)?.cellText ?? .same("\(code: code)")
  }

  fileprivate static func details(asOf: Day, currency: String) -> LocalizedText {
    LocalizedText(
      en:
        "As of \(day: asOf) · \(code: currency) · every figure is the report's own, computed from the rows below; each "
        + "table adds up to the figures that read it",
      ar: "بتاريخ \(day: asOf) · العملة: \(code: currency) · كل رقم هنا هو رقم التقرير نفسه، محسوبًا من الصفوف أدناه؛ "
        + "ومجموع كل جدول يساوي الأرقام التي تقرؤه")
  }

  fileprivate static func verdict(_ verdict: ExplainedVerdict) -> LocalizedText {
    LocalizedText(
      en:
        "Recommendation: \(recommended(verdict.recommendation)) (rule \(number: verdict.rule) of the decision ladder)",
      ar: "التوصية: \(recommended(verdict.recommendation)) (القاعدة \(number: verdict.rule) من سُلّم القرار)")
  }
}
