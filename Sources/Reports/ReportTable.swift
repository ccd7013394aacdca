import Analysis
import Decisions
import Domain

/// The profitability report as a table on a terminal: a header line, one row per client with the
/// figures that matter, a totals row under a rule, and the money-losing clients in one sentence.
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

  /// Shown for an unknown (nil) figure.
  static let unknown = "—"
  /// The client column is cut no narrower than this to fit the width.
  static let minimumNameWidth = 12

  /// Writes the whole terminal report.
  static func render(
    _ report: ProfitabilityReport, decisions: DecisionReport?, sort: SortKey?, options: RenderOptions,
    to output: inout some TextOutputStream
  ) {
    var lines = TextWrap.lines(ReportHeader.line(report), width: options.width)
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
      lines += table.terminalLines(width: options.width, color: options.color)
      lines.append("")
      lines += TextWrap.lines(LossSummary.sentence(report), width: options.width)
    }
    for line in lines { output.write(line + "\n") }
  }

  /// The table model: one row per client in `sort` order, then a rule and the totals.
  ///
  /// On a narrow terminal Opp. cost goes first, then Invoiced, Avg late, Share, Overdue and Eff.
  /// rate; Unbilled, Earned and Profit always stay.
  static func table(
    _ report: ProfitabilityReport, decisions: DecisionReport?, sort: SortKey?, precision: Precision
  ) -> TextTable {
    var columns: [TextTable.Column] = [
      TextTable.Column("Client", .left, fit: .truncate(minimum: minimumNameWidth)),
      TextTable.Column("Hours", .right), TextTable.Column("Invoiced", .right, dropRank: 2),
      TextTable.Column("Unbilled", .right), TextTable.Column("Earned", .right),
      TextTable.Column("Eff. rate", .right, dropRank: 6), TextTable.Column("Avg late", .right, dropRank: 3),
      TextTable.Column("Overdue", .right, dropRank: 5), TextTable.Column("Opp. cost", .right, dropRank: 1),
      TextTable.Column("Profit", .right), TextTable.Column("Share", .right, dropRank: 4),
    ]
    if decisions != nil { columns.append(TextTable.Column("Decision", .left, fit: .wrap)) }
    columns.append(TextTable.Column("Flags", .left, fit: .wrap))
    var table = TextTable(columns: columns)
    let verdicts = Dictionary(
      (decisions?.decisions ?? []).map { ($0.client, $0.recommendation) }, uniquingKeysWith: { first, _ in first })
    for client in ClientOrder.sorted(report.clients, by: sort) {
      let losing = client.figures.profit?.isNegative == true
      var cells = [TextTable.Cell(PrintableText.of(client.name), losing ? .loss : .plain)]
      cells += figureCells(client.figures, overdue: client.aging.overdue, report.currency, precision)
      if decisions != nil { cells.append(TextTable.Cell(verdicts[client.client]?.words ?? unknown)) }
      cells.append(TextTable.Cell(client.flags.sorted().map(\.rawValue).joined(separator: " "), .warning))
      table.rows.append(.cells(cells))
    }
    table.rows.append(.rule)
    let overdue = report.clients.reduce(Money.zero(report.currency)) { $0 + $1.aging.overdue }
    var totals = [TextTable.Cell("Total", .strong)]
    totals += figureCells(report.totals, overdue: overdue, report.currency, precision)
    totals += Array(repeating: TextTable.Cell(""), count: decisions == nil ? 1 : 2)
    table.rows.append(.cells(totals))
    return table
  }

  /// Hours, Invoiced, Unbilled, Earned, Eff. rate, Avg late, Overdue, Opp. cost, Profit, Share.
  private static func figureCells(
    _ figures: Figures, overdue: Money, _ currency: Currency, _ precision: Precision
  ) -> [TextTable.Cell] {
    func money(_ amount: Money?) -> TextTable.Cell {
      TextTable.Cell(amount.map { $0.formatted(decimals: !precision.wholeUnits) } ?? unknown)
    }
    let rate = figures.effectiveRate.map {
      Money.formatted(exactMinorUnits: $0, currency: currency, decimals: !precision.wholeUnits)
    }
    let late = figures.avgDaysLate.map { NumberText.decimal($0, digits: precision.daysDigits) }
    let share = figures.share.map { NumberText.percent($0, digits: precision.wholeUnits ? 0 : 1) }
    let unbilled = figures.unbilledValue.map { $0.isZero ? "" : $0.formatted(decimals: !precision.wholeUnits) }
    return [
      TextTable.Cell(NumberText.grouped(NumberText.hours(seconds: figures.seconds, digits: precision.hoursDigits))),
      money(figures.invoiced), TextTable.Cell(unbilled ?? unknown), money(figures.earned),
      TextTable.Cell(rate ?? unknown), TextTable.Cell(late ?? unknown), money(overdue), money(figures.opportunityCost),
      TextTable.Cell(
        figures.profit.map { $0.formatted(decimals: !precision.wholeUnits) } ?? unknown,
        figures.profit?.isNegative == true ? .loss : .plain),
      TextTable.Cell(share ?? unknown),
    ]
  }
}
