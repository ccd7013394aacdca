import Analysis
import Decisions
import Domain

/// Writes the profitability report in any output format.
public enum ReportRenderer {
  /// The most clients a page explains: each explanation reads every client's figures and takes
  /// ~50 KB of the page, so a page of more would grow with their square and be too long to load
  /// and read (`explain CLIENT` still explains any).
  public static let maximumExplainedClients = 100

  /// The clients a page explains: every one, up to `maximumExplainedClients`; above that, the
  /// clients that lose money, the largest loss first, up to as many.
  public static func explainedClients(of report: ProfitabilityReport) -> [ClientKey] {
    guard report.clients.count > maximumExplainedClients else { return report.clients.map(\.client) }
    return losingClients(of: report).prefix(maximumExplainedClients).map(\.client)
  }

  /// The clients that lose money, the largest loss first, ties by name: what a page of many
  /// clients shows first, so the same book always shows the same ones.
  static func losingClients(of report: ProfitabilityReport) -> [ClientFigures] {
    func loss(_ client: ClientFigures) -> Int64 { -(client.figures.profit?.minorUnits ?? 0) }
    return report.clients.filter { loss($0) > 0 }.sorted(by: ClientOrder.largestFirst(by: loss))
  }

  /// The most months a page draws month by month: the last of the report's period. Small charts
  /// of more no longer read as a trend, and a year typed wrong (`1930` among 2025's rows) would
  /// otherwise make a page compute and draw a century (`clientworth trend` shows any span).
  public static let monthsOnPage = 60

  /// The days the page draws month by month: the report's period, to as-of at the latest (nothing
  /// dated later counts, but a row of a mistyped future year would stretch the charts to it), and
  /// from the `monthsOnPage`th month before that end when a client's first fact lies further back.
  public static func trendPeriod(of report: ProfitabilityReport) -> (from: Day?, to: Day) {
    let end = min(report.to ?? report.asOf, report.asOf)
    let (year, month, _) = end.components
    let months = year * 12 + month - 1 - (monthsOnPage - 1)
    guard let start = Day(year: months / 12, month: months % 12 + 1, day: 1), report.from.map({ $0 < start }) ?? true,
      let first = report.clients.compactMap(\.firstDay).min(), first < start
    else { return (report.from, end) }
    return (start, end)
  }

  /// Renders `report` (with each client's recommendation from `decisions`, when given) as `format`.
  ///
  /// `sort` orders the table, markdown and HTML rows (nil: by name); JSON and CSV always list
  /// clients by name, as the spec says. `options` lay out the terminal table; their language and
  /// digits are those of every format's text for people. `trend` (the
  /// same figures month by month) adds the per-client trend charts to the HTML page; the other
  /// formats ignore it; so do they `explanations`, which the page links each client to, and
  /// `projects` (the report by project), which draws the profit of each project of the clients
  /// with several. See
  /// docs/output.md.
  public static func render(
    _ report: ProfitabilityReport, decisions: DecisionReport?, format: OutputFormat, sort: ClientSort?,
    options: RenderOptions, trend: TrendReport? = nil, explanations: [Explanation] = [], projects: Breakdown? = nil,
    to output: inout some TextOutputStream
  ) {
    switch format {
    case .table: ReportTable.render(report, decisions: decisions, sort: sort, options: options, to: &output)
    case .markdown: ReportMarkdown.render(report, decisions: decisions, sort: sort, options.locale, to: &output)
    case .json: output.write(ReportJSON.document(report, decisions: decisions, options.locale))
    case .csv: output.write(ReportCSV.document(report, decisions: decisions))
    case .html:
      output.write(
        HTMLReport.document(
          report, decisions: decisions, trend: trend, sort: sort, explanations: explanations, projects: projects,
          options.locale))
    }
  }
}
