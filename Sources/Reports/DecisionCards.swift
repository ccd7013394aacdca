import Decisions
import Domain

/// The decisions on a terminal: a header, then one short card per client, worst first.
///
/// A card is the client and the recommendation, the verdict in a sentence, the figures of that
/// verdict grouped by the span they cover, the reasons, the plan as numbered steps, the documented
/// incidents, and the refund offer weighed when there is one.
enum DecisionCards {
  /// Writes every card.
  static func render(_ report: DecisionReport, options: RenderOptions, to output: inout some TextOutputStream) {
    var lines = header(report).flatMap { TextWrap.lines($0, width: options.width) }
    for decision in DecisionOrder.worstFirst(report.decisions) {
      lines.append("")
      lines += card(decision, currency: report.currency, options: options)
    }
    for line in lines { output.write(line + "\n") }
  }

  /// `Decisions as of 2026-10-31 · USD · window 2026-08-03 – 2026-10-31`, the count of each
  /// recommendation, and the portfolio note when there is one.
  static func header(_ report: DecisionReport) -> [String] {
    var title = "Decisions as of \(report.asOf) · \(report.currency.code)"
    if let first = report.decisions.first { title += " · window \(first.windowStart) – \(first.windowEnd)" }
    var lines = [title, counts(report.decisions)]
    if let note = report.portfolio.note { lines.append("Portfolio: " + note + ".") }
    return lines
  }

  /// `9 clients: 2 exit now, 1 renegotiate, 6 keep`, in urgency order.
  static func counts(_ decisions: [Decision]) -> String {
    guard !decisions.isEmpty else { return "No client to decide on." }
    let groups = DecisionOrder.urgency.compactMap { recommendation -> String? in
      let count = decisions.filter { $0.recommendation == recommendation }.count
      return count == 0 ? nil : "\(count) \(recommendation.words)"
    }
    let clients = decisions.count == 1 ? "1 client" : "\(decisions.count) clients"
    return clients + ": " + groups.joined(separator: ", ")
  }

  /// One card's lines.
  static func card(_ decision: Decision, currency: Currency, options: RenderOptions) -> [String] {
    let width = options.width
    let name = Emphasis.strong.apply(to: PrintableText.of(decision.name), color: options.color)
    let word = decision.recommendation.emphasis.apply(to: decision.recommendation.words, color: options.color)
    var lines = [name + " — " + word]
    lines += TextWrap.lines(
      Verdict.sentence(decision, currency: currency), width: width, indent: "    ", firstIndent: "  ")
    for line in figureLines(decision, currency: currency)
      + [SensitivityText.line(decision, currency: currency)]
      .compactMap(\.self)
    {
      lines += TextWrap.lines(line, width: width, indent: "    ", firstIndent: "  ")
    }
    lines += list("Why:", decision.reasons.map { ("- ", $0) }, width: width)
    lines += list("Plan:", decision.plan.enumerated().map { ("\($0.offset + 1). ", $0.element) }, width: width)
    if decision.recommendation.carriesReasons {
      lines += list("Incidents:", decision.incidents.map { ("- ", incident($0)) }, width: width)
    }
    if let refund = Verdict.refundLine(decision, currency: currency) {
      lines += TextWrap.lines(refund, width: width, indent: "    ", firstIndent: "  ")
    }
    return lines
  }

  /// One line per span: `Last 90 days: monthly profit -$1,416.33 · current rate $45.00/h`. On a
  /// fix card the exit figures read as what follows a fix that fails.
  static func figureLines(_ decision: Decision, currency: Currency) -> [String] {
    DecisionFigures.grouped(DecisionFigures.items(decision, currency: currency)).map { group in
      let items = group.items.map { $0.label.lowercased() + " " + $0.value }
      let text = items.joined(separator: " · ")
      switch group.span {
      case .dates: return capitalized(text)
      case .horizon where decision.recommendation == .fix:
        let by = decision.deadline.map { " by \($0)" } ?? ""
        return "If it is not fixed\(by), leaving follows; \(group.span.label): \(text)"
      default: return capitalized(group.span.label) + ": " + text
      }
    }
  }

  /// `2026-09-22 abuse (severe): Shouted at the designer`.
  static func incident(_ incident: Incident) -> String {
    var text = "\(incident.day) \(incident.kind.rawValue)"
    if incident.kind.isSevere { text += " (severe)" }
    if incident.kind.isAttempt { text += " (your attempt)" }
    if let note = incident.note, !note.isEmpty { text += ": " + note }
    return text
  }

  private static func capitalized(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }

  /// A titled list, each item wrapped under its own marker; nothing when there are no items.
  private static func list(_ title: String, _ items: [(marker: String, text: String)], width: Int) -> [String] {
    guard !items.isEmpty else { return [] }
    var lines = ["  " + title]
    for item in items {
      let hanging = String(repeating: " ", count: 4 + item.marker.count)
      lines += TextWrap.lines(
        PrintableText.of(item.text), width: width, indent: hanging, firstIndent: "    " + item.marker)
    }
    return lines
  }
}
