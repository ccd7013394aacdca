import Analysis
import Domain

/// The trend on a terminal: a header, then for each client a compact table of its periods (from
/// its first active period to its last), then the same for every client together.
enum TrendTable {
  static let totalsTitle = "All clients"

  /// Writes the whole terminal trend.
  static func render(_ trend: TrendReport, options: RenderOptions, to output: inout some TextOutputStream) {
    var lines = TextWrap.lines(([title(trend)] + details(trend)).joined(separator: " · "), width: options.width)
    if trend.clients.isEmpty {
      lines += ["", "No client has any figures in this period."]
    }
    for client in trend.clients {
      lines += ["", Emphasis.strong.apply(to: PrintableText.of(client.name), color: options.color)]
      lines += table(Array(client.activeSpan), trend: trend, precision: .compact)
        .terminalLines(width: options.width, color: options.color)
      if let comparison = client.comparison {
        lines += TextWrap.lines(TrendSummary.sentence(comparison, currency: trend.currency), width: options.width)
      }
    }
    if !trend.clients.isEmpty {
      lines += ["", Emphasis.strong.apply(to: totalsTitle, color: options.color)]
      lines += table(trend.totals, trend: trend, precision: .compact)
        .terminalLines(width: options.width, color: options.color)
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

  /// One table: a row per point with its period, hours, invoiced, earned, collected, effective
  /// rate, average days late, profit and flags.
  static func table(_ points: [TrendPoint], trend: TrendReport, precision: ReportTable.Precision) -> TextTable {
    var table = TextTable(columns: [
      TextTable.Column(trend.interval == .month ? "Month" : "Quarter", .left), TextTable.Column("Hours", .right),
      TextTable.Column("Invoiced", .right), TextTable.Column("Earned", .right), TextTable.Column("Collected", .right),
      TextTable.Column("Eff. rate", .right), TextTable.Column("Avg late", .right), TextTable.Column("Profit", .right),
      TextTable.Column("Flags", .left, fit: .wrap),
    ])
    let currency = trend.currency
    for point in points {
      let figures = point.figures
      func money(_ amount: Money) -> String { amount.formatted(decimals: !precision.wholeUnits) }
      let rate = figures.effectiveRate.map {
        Money.formatted(exactMinorUnits: $0, currency: currency, decimals: !precision.wholeUnits)
      }
      let late = figures.avgDaysLate.map { NumberText.decimal($0, digits: precision.daysDigits) }
      let losing = figures.profit?.isNegative == true
      table.rows.append(
        .cells([
          TextTable.Cell(point.period.label, losing ? .loss : .plain),
          TextTable.Cell(NumberText.grouped(NumberText.hours(seconds: figures.seconds, digits: precision.hoursDigits))),
          TextTable.Cell(money(figures.invoiced)), TextTable.Cell(figures.earned.map(money) ?? ReportTable.unknown),
          TextTable.Cell(money(figures.collected)),
          TextTable.Cell(rate ?? ReportTable.unknown), TextTable.Cell(late ?? ReportTable.unknown),
          TextTable.Cell(figures.profit.map(money) ?? ReportTable.unknown, losing ? .loss : .plain),
          TextTable.Cell(point.flags.sorted().map(\.rawValue).joined(separator: " "), .warning),
        ]))
    }
    return table
  }
}
