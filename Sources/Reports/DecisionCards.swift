import Decisions
import Domain
import Localization

/// The decisions on a terminal: a header, then one short card per client, worst first.
///
/// A card is the client and the recommendation, the verdict in a sentence, the figures of that
/// verdict grouped by the span they cover, the reasons, the plan as numbered steps, the documented
/// incidents, and the refund offer weighed when there is one.
enum DecisionCards {
  /// Writes every card.
  static func render(_ report: DecisionReport, options: RenderOptions, to output: inout some TextOutputStream) {
    let locale = options.locale
    var lines = header(report).flatMap { TextWrap.lines(locale($0), width: options.width) }
    for decision in DecisionOrder.worstFirst(report.decisions) {
      lines.append("")
      lines += card(decision, currency: report.currency, options: options)
    }
    for line in lines { output.write(line + "\n") }
  }

  /// `Decisions as of 2026-10-31 · USD · window 2026-08-03 – 2026-10-31`, the count of each
  /// recommendation, and the portfolio note when there is one.
  static func header(_ report: DecisionReport) -> [LocalizedText] {
    var title = LocalizedText(
      en: "Decisions as of \(day: report.asOf) · \(code: report.currency.code)",
      ar: "القرارات بتاريخ \(day: report.asOf) · \(code: report.currency.code)")
    if let first = report.decisions.first {
      title =
        title
        + LocalizedText(
          en: " · window \(day: first.windowStart) – \(day: first.windowEnd)",
          ar: " · الفترة \(day: first.windowStart) – \(day: first.windowEnd)")
    }
    var lines = [title, counts(report.decisions)]
    if let note = report.portfolio.note {
      lines.append(LocalizedText(en: "Portfolio: \(note).", ar: "المحفظة: \(note)."))
    }
    return lines
  }

  /// `9 clients: 2 exit now, 1 renegotiate, 6 keep`, in urgency order.
  static func counts(_ decisions: [Decision]) -> LocalizedText {
    guard !decisions.isEmpty else {
      return LocalizedText(en: "No client to decide on.", ar: "لا عميل لاتخاذ قرار بشأنه.")
    }
    let groups = DecisionOrder.urgency.compactMap { recommendation -> LocalizedText? in
      let count = decisions.filter { $0.recommendation == recommendation }.count
      guard count > 0 else { return nil }
      return LocalizedText(
        en: "\(number: count) \(recommendation.words)", ar: "\(recommendation.words) (\(number: count))")
    }
    return .same("\(count: decisions.count, .client): \(list: groups, .comma)")
  }

  /// One card's lines.
  static func card(_ decision: Decision, currency: Currency, options: RenderOptions) -> [String] {
    let width = options.width
    let locale = options.locale
    let name = Emphasis.strong.apply(to: locale(.same("\(name: decision.name)")), color: options.color)
    let word = decision.recommendation.emphasis.apply(to: locale(decision.recommendation.words), color: options.color)
    var lines = [name + " — " + word]
    lines += TextWrap.lines(
      locale(Verdict.sentence(decision, currency: currency)), width: width, indent: "    ", firstIndent: "  ")
    for line in figureLines(decision, currency: currency)
      + [SensitivityText.line(decision, currency: currency)]
      .compactMap(\.self)
    {
      lines += TextWrap.lines(locale(line), width: width, indent: "    ", firstIndent: "  ")
    }
    lines += list(locale(.why), decision.reasons.map { ("- ", locale($0)) }, width: width)
    lines += list(
      locale(.plan), decision.plan.enumerated().map { (locale.itemNumber($0.offset + 1), locale($0.element)) },
      width: width)
    if decision.recommendation.carriesReasons {
      lines += list(locale(.incidents), decision.incidents.map { ("- ", locale(incident($0))) }, width: width)
    }
    if let refund = Verdict.refundLine(decision, currency: currency) {
      lines += TextWrap.lines(locale(refund), width: width, indent: "    ", firstIndent: "  ")
    }
    return lines
  }

  /// One line per span: `Last 90 days: monthly profit -$1,416.33 · current rate $45.00/h`. On a
  /// fix card the exit figures read as what follows a fix that fails.
  static func figureLines(_ decision: Decision, currency: Currency) -> [LocalizedText] {
    DecisionFigures.grouped(DecisionFigures.items(decision, currency: currency)).map { group in
      let items = group.items.map { LocalizedText.same("\($0.label.lowercased) \($0.value)") }
      let text = LocalizedText.joined(items, separator: .same(" · "))
      switch group.span {
      case .dates: return text.capitalized
      case .horizon where decision.recommendation == .fix:
        let by = decision.deadline.map { LocalizedText(en: " by \(day: $0)", ar: " بحلول \(day: $0)") } ?? .empty
        return LocalizedText(
          en: "If it is not fixed\(by), leaving follows; \(group.span.label): \(text)",
          ar: "إن لم يُصلَح\(by)، تليه المغادرة؛ \(group.span.label): \(text)")
      default: return LocalizedText.same("\(group.span.label): \(text)").capitalized
      }
    }
  }

  /// `2026-09-22 abuse (severe): Shouted at the designer`.
  static func incident(_ incident: Incident) -> LocalizedText {
    var text = LocalizedText.same("\(day: incident.day) \(incident.kind.text)")
    if incident.kind.isSevere { text = text + LocalizedText(en: " (severe)", ar: " (جسيمة)") }
    if incident.kind.isAttempt { text = text + LocalizedText(en: " (your attempt)", ar: " (محاولتك)") }
    if let note = incident.note, !note.isEmpty { text = text + .same(": \(name: note)") }
    return text
  }

  /// A titled list, each item wrapped under its own marker; nothing when there are no items.
  private static func list(_ title: String, _ items: [(marker: String, text: String)], width: Int) -> [String] {
    guard !items.isEmpty else { return [] }
    var lines = ["  " + title]
    for item in items {
      let hanging = String(repeating: " ", count: 4 + DisplayWidth.of(item.marker))
      lines += TextWrap.lines(item.text, width: width, indent: hanging, firstIndent: "    " + item.marker)
    }
    return lines
  }
}

extension LocalizedText {
  static let why = LocalizedText(en: "Why:", ar: "الأسباب:")
  static let plan = LocalizedText(en: "Plan:", ar: "الخطة:")
  static let incidents = LocalizedText(en: "Incidents:", ar: "الوقائع:")
}

extension TextLocale {
  /// `1. ` before a plan's step, in the run's digits.
  func itemNumber(_ number: Int) -> String {
    self(.number(DecimalNumber(number), grouped: false)) + ". "
  }
}
