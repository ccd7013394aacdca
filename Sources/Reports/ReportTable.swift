import Analysis
import Decisions
import Domain
import Localization

/// The profitability report as a table on a terminal: a header line, one row per client with the
/// figures that matter, a totals row under a rule, the notes and left-out columns under it, and
/// the money-losing clients in one sentence.
enum ReportTable {
  /// How precisely the table's cells show figures.
  struct Precision: Sendable {
    /// Money and rates in whole major units (`$1,235`) rather than with cents.
    var wholeUnits: Bool
    var hoursDigits: Int
    var daysDigits: Int

    /// The terminal's compact cells.
    static let compact = Precision(wholeUnits: true, hoursDigits: 1, daysDigits: 1)
    /// Exact cents, for markdown.
    static let full = Precision(wholeUnits: false, hoursDigits: 2, daysDigits: 2)
  }

  /// One row of the table: a client's, or the totals.
  struct Line: Sendable {
    /// The client's name, or `Total`.
    var name: LocalizedText
    var figures: Figures
    /// Open balances past due (the aging buckets 1-30 to 90+).
    var overdue: Money
    var recommendation: Recommendation?
    var flags: [Flag]
    var isTotal: Bool
  }

  /// Shown for an unknown (nil) figure.
  static let unknown = "—"

  /// Writes the whole terminal report.
  static func render(
    _ report: ProfitabilityReport, decisions: DecisionReport?, sort: ClientSort?, options: RenderOptions,
    to output: inout some TextOutputStream
  ) {
    let locale = options.locale
    var lines = ReportHeader.lines(report, width: options.width, locale)
    if let warning = ReportHeader.costRateWarning(report) {
      lines += TextWrap.lines(locale(warning), width: options.width).map {
        Emphasis.warning.apply(to: $0, color: options.color)
      }
    }
    lines.append("")
    if report.clients.isEmpty {
      lines.append(locale(.noFigures))
    } else {
      let table = table(report, decisions: decisions, sort: sort, precision: .compact, locale)
      lines += table.terminalLines(width: options.tableWidth, color: options.color, locale)
      lines.append("")
      lines += TextWrap.lines(locale(LossSummary.sentence(report)), width: options.width)
    }
    for line in lines { output.write(line + "\n") }
  }

  /// The table model: one row per client in `sort` order, then a rule and the totals. The
  /// Decision column is there only with `decisions`.
  static func table(
    _ report: ProfitabilityReport, decisions: DecisionReport?, sort: ClientSort?, precision: Precision,
    _ locale: TextLocale = .english
  ) -> TextTable {
    let verdicts = ClientRecommendations.of(decisions)
    let lines = ClientOrder.sorted(report.clients, by: sort).map { client in
      Line(
        name: .same("\(name: client.name)"), figures: client.figures, overdue: client.aging.overdue,
        recommendation: verdicts[client.client], flags: client.flags, isTotal: false)
    }
    let overdue = report.clients.reduce(Money.zero(report.currency)) { $0 + $1.aging.overdue }
    let totals = Line(
      name: .total, figures: report.totals, overdue: overdue, recommendation: nil, flags: [], isTotal: true)
    let columns = columns(report.currency, precision, locale, decisions: decisions != nil)
    return TextTable(columns, rows: lines, totals: totals)
  }
}

extension LocalizedText {
  /// What a report says when the period holds nothing.
  static let noFigures = LocalizedText(
    en: "No client has any figures in this period.", ar: "لا أرقام لأي عميل في هذه الفترة.")

  /// The totals row's name.
  static let total = LocalizedText(en: "Total", ar: "الإجمالي")
}
