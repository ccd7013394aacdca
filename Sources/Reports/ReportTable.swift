import Analysis
import Decisions
import Domain

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
    /// Printable: control characters replaced.
    var name: String
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
    var lines = ReportHeader.lines(report, width: options.width)
    if let warning = ReportHeader.costRateWarning(report) {
      lines += TextWrap.lines(warning, width: options.width).map {
        Emphasis.warning.apply(to: $0, color: options.color)
      }
    }
    lines.append("")
    if report.clients.isEmpty {
      lines.append("No client has any figures in this period.")
    } else {
      let table = table(report, decisions: decisions, sort: sort, precision: .compact)
      lines += table.terminalLines(width: options.tableWidth, color: options.color)
      lines.append("")
      lines += TextWrap.lines(LossSummary.sentence(report), width: options.width)
    }
    for line in lines { output.write(line + "\n") }
  }

  /// The table model: one row per client in `sort` order, then a rule and the totals. The
  /// Decision column is there only with `decisions`.
  static func table(
    _ report: ProfitabilityReport, decisions: DecisionReport?, sort: ClientSort?, precision: Precision
  ) -> TextTable {
    let verdicts = ClientRecommendations.of(decisions)
    let lines = ClientOrder.sorted(report.clients, by: sort).map { client in
      Line(
        name: PrintableText.of(client.name), figures: client.figures, overdue: client.aging.overdue,
        recommendation: verdicts[client.client], flags: client.flags, isTotal: false)
    }
    let overdue = report.clients.reduce(Money.zero(report.currency)) { $0 + $1.aging.overdue }
    let totals = Line(
      name: "Total", figures: report.totals, overdue: overdue, recommendation: nil, flags: [], isTotal: true)
    let columns = columns(report.currency, precision).filter { decisions != nil || $0.column.title != decisionTitle }
    return TextTable(columns, rows: lines, totals: totals)
  }
}
