import Analysis
import Domain
import Localization

/// The trend on a terminal: a header, then for each client a compact table of its periods (from
/// its first active period to its last), then the same for every client together. All the tables
/// share one layout, so their columns line up from the first client to the totals.
enum TrendTable {
  /// Writes the whole terminal trend.
  static func render(_ trend: TrendReport, options: RenderOptions, to output: inout some TextOutputStream) {
    let locale = options.locale
    var lines = TextWrap.items(([title(trend)] + details(trend)).map { locale($0) }, width: options.width)
    if trend.clients.isEmpty {
      lines += ["", locale(.noFigures)]
    }
    let tables = trend.clients.map { table(Array($0.activeSpan), trend: trend, precision: .compact, locale) }
    let totals = table(trend.totals, trend: trend, precision: .compact, locale)
    let layout = TextTable.layout(of: tables + [totals], width: options.tableWidth)
    for (client, table) in zip(trend.clients, tables) {
      lines += ["", Emphasis.strong.apply(to: locale(.same("\(name: client.name)")), color: options.color)]
      lines += table.terminalLines(layout: layout, color: options.color)
      lines += table.noteLines(layout: layout, width: options.width)
      if let comparison = client.comparison {
        lines += TextWrap.lines(
          locale(TrendSummary.sentence(comparison, currency: trend.currency)), width: options.width)
      }
    }
    if !trend.clients.isEmpty {
      lines += ["", Emphasis.strong.apply(to: locale(.total), color: options.color)]
      lines += totals.terminalLines(layout: layout, color: options.color)
      lines += totals.noteLines(layout: layout, width: options.width)
      lines += totals.leftOutLines(layout: layout, width: options.width, color: options.color, locale)
    }
    for line in lines { output.write(line + "\n") }
  }

  /// `Trend by month as of 2026-10-31`.
  static func title(_ trend: TrendReport) -> LocalizedText {
    switch trend.interval {
    case .month:
      LocalizedText(en: "Trend by month as of \(day: trend.asOf)", ar: "الاتجاه شهرًا بشهر بتاريخ \(day: trend.asOf)")
    case .quarter:
      LocalizedText(en: "Trend by quarter as of \(day: trend.asOf)", ar: "الاتجاه ربعًا بربع بتاريخ \(day: trend.asOf)")
    }
  }

  /// The facts after the title: period, currency and how each period is measured.
  static func details(_ trend: TrendReport) -> [LocalizedText] {
    let measured: LocalizedText =
      switch trend.interval {
      case .month:
        LocalizedText(
          en: "each month: its hours, the invoices issued in it as they stand at as-of, and what its work earned "
            + "(profit and rates use earned revenue)",
          ar: "لكل شهر: ساعاته، والفواتير الصادرة فيه كما هي في تاريخ الاحتساب، وما اكتسبه عمله (الربح والأسعار على "
            + "الإيراد المكتسب)")
      case .quarter:
        LocalizedText(
          en: "each quarter: its hours, the invoices issued in it as they stand at as-of, and what its work earned "
            + "(profit and rates use earned revenue)",
          ar: "لكل ربع سنة: ساعاته، والفواتير الصادرة فيه كما هي في تاريخ الاحتساب، وما اكتسبه عمله (الربح والأسعار "
            + "على الإيراد المكتسب)")
      }
    return [ReportHeader.period(from: trend.from, to: trend.to), ReportHeader.currency(trend.currency), measured]
  }

  /// One table: a row per point.
  static func table(
    _ points: [TrendPoint], trend: TrendReport, precision: ReportTable.Precision, _ locale: TextLocale = .english
  ) -> TextTable {
    TextTable(columns(trend, precision, locale), rows: points)
  }

  /// Period, Hours, Invoiced, Earned, Collected, Eff. rate, Avg days late, Profit, Flags: the
  /// report table's figures for one period. Always shown: the period, Eff. rate and Profit; then,
  /// as room allows, Avg days late (the trend follows rate and lateness), Flags, Earned, Hours,
  /// Invoiced, Collected.
  static func columns(
    _ trend: TrendReport, _ precision: ReportTable.Precision, _ locale: TextLocale = .english
  ) -> [TableColumn<TrendPoint>] {
    let cells = FigureCells(currency: trend.currency, precision: precision, locale: locale)
    let period =
      trend.interval == .month
      ? LocalizedText(en: "Month", ar: "الشهر") : LocalizedText(en: "Quarter", ar: "الربع")
    return [
      TableColumn(locale(period), .left, priority: 0) { point in
        TextTable.Cell(locale(point.period.text), point.figures.profit?.isNegative == true ? .loss : .plain)
      },
      TableColumn(locale(.hoursTitle), .right, priority: 4) { cells.hours($0.figures) },
      TableColumn(locale(.invoicedTitle), .right, priority: 5) { cells.money($0.figures.invoiced) },
      TableColumn(locale(.earnedTitle), .right, priority: 3) { cells.money($0.figures.earned) },
      TableColumn(locale(.collectedTitle), .right, priority: 6) { cells.collected($0.figures, name: $0.period.text) },
      TableColumn(locale(.rateTitle), .right, priority: 0) { cells.effectiveRate($0.figures) },
      TableColumn(locale(.daysLateTitle), .right, priority: 1) { cells.avgDaysLate($0.figures) },
      TableColumn(locale(.profitTitle), .right, priority: 0) { cells.profit($0.figures) },
      TableColumn(locale(.flagsTitle), .left, fit: .shorten, priority: 2) { .flags($0.flags, locale) },
    ]
  }
}
