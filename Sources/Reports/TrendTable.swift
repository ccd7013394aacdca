import Analysis
import Domain

/// The trend on a terminal: a header, then for each client a compact table of its periods (from
/// its first active period to its last), then the same for every client together. All the tables
/// share one layout, so their columns line up from the first client to the totals.
enum TrendTable {
  static let totalsTitle = "Total"

  /// Writes the whole terminal trend.
  static func render(_ trend: TrendReport, options: RenderOptions, to output: inout some TextOutputStream) {
    var lines = TextWrap.items([title(trend)] + details(trend), width: options.width)
    if trend.clients.isEmpty {
      lines += ["", "No client has any figures in this period."]
    }
    let tables = trend.clients.map { table(Array($0.activeSpan), trend: trend, precision: .compact) }
    let totals = table(trend.totals, trend: trend, precision: .compact)
    let layout = TextTable.layout(of: tables + [totals], width: options.tableWidth)
    for (client, table) in zip(trend.clients, tables) {
      lines += ["", Emphasis.strong.apply(to: PrintableText.of(client.name), color: options.color)]
      lines += table.terminalLines(layout: layout, color: options.color)
      lines += table.noteLines(layout: layout, width: options.width)
      if let comparison = client.comparison {
        lines += TextWrap.lines(TrendSummary.sentence(comparison, currency: trend.currency), width: options.width)
      }
    }
    if !trend.clients.isEmpty {
      lines += ["", Emphasis.strong.apply(to: totalsTitle, color: options.color)]
      lines += totals.terminalLines(layout: layout, color: options.color)
      lines += totals.noteLines(layout: layout, width: options.width)
      lines += totals.leftOutLines(layout: layout, width: options.width, color: options.color)
    }
    for line in lines { output.write(line + "\n") }
  }

  /// `Trend by month as of 2026-10-31`.
  static func title(_ trend: TrendReport) -> String {
    "Trend by \(trend.interval.rawValue) as of \(trend.asOf)"
  }

  /// The facts after the title: period, currency and how each period is measured.
  static func details(_ trend: TrendReport) -> [String] {
    [
      "period: " + ReportHeader.period(from: trend.from, to: trend.to), trend.currency.code,
      "each \(trend.interval.rawValue): its hours, the invoices issued in it as they stand at as-of, and what its "
        + "work earned (profit and rates use earned revenue)",
    ]
  }

  /// One table: a row per point.
  static func table(_ points: [TrendPoint], trend: TrendReport, precision: ReportTable.Precision) -> TextTable {
    TextTable(columns(trend, precision), rows: points)
  }

  /// Period, Hours, Invoiced, Earned, Collected, Eff. rate, Avg days late, Profit, Flags: the
  /// report table's figures for one period. Always shown: the period, Eff. rate and Profit; then,
  /// as room allows, Avg days late (the trend follows rate and lateness), Flags, Earned, Hours,
  /// Invoiced, Collected.
  static func columns(_ trend: TrendReport, _ precision: ReportTable.Precision) -> [TableColumn<TrendPoint>] {
    let cells = FigureCells(currency: trend.currency, precision: precision)
    return [
      TableColumn(trend.interval == .month ? "Month" : "Quarter", .left, priority: 0) { point in
        TextTable.Cell(point.period.label, point.figures.profit?.isNegative == true ? .loss : .plain)
      },
      TableColumn("Hours", .right, priority: 4) { cells.hours($0.figures) },
      TableColumn("Invoiced", .right, priority: 5) { cells.money($0.figures.invoiced) },
      TableColumn("Earned", .right, priority: 3) { cells.money($0.figures.earned) },
      TableColumn("Collected", .right, priority: 6) { cells.collected($0.figures, name: $0.period.label) },
      TableColumn("Eff. rate", .right, priority: 0) { cells.effectiveRate($0.figures) },
      TableColumn("Avg days late", .right, priority: 1) { cells.avgDaysLate($0.figures) },
      TableColumn("Profit", .right, priority: 0) { cells.profit($0.figures) },
      TableColumn("Flags", .left, fit: .shorten, priority: 2) { .flags($0.flags) },
    ]
  }
}
