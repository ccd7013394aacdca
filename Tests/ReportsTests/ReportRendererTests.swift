import Analysis
import Decisions
import Domain
import Reports
import TestSupport
import Testing

/// The profitability report in every format, against golden files.
@Suite struct ReportRendererTests {
  static func render(
    _ report: ProfitabilityReport = Samples.report, decisions: DecisionReport? = DecisionSamples.report,
    format: OutputFormat, sort: SortKey? = nil, options: RenderOptions = RenderOptions()
  ) -> String {
    var text = ""
    ReportRenderer.render(report, decisions: decisions, format: format, sort: sort, options: options, to: &text)
    return text
  }

  @Test func tableWithoutColourHasNoEscapeCodes() {
    let text = Self.render(format: .table)
    #expect(!text.contains("\u{1B}"))
    #expect(Golden.check(text, named: "report-table.txt") == nil)
  }

  @Test func tableWithColour() {
    let text = Self.render(format: .table, options: RenderOptions(color: true, width: 140))
    #expect(text.contains("\u{1B}[31mKettle & Crane Ltd\u{1B}[0m"))
    #expect(Golden.check(text, named: "report-table-color.txt") == nil)
  }

  @Test func narrowTableCutsNamesByDisplayWidth() {
    // Flags wrap first, then every droppable column is left out, then names are cut to 12 columns.
    let text = Self.render(format: .table, options: RenderOptions(color: false, width: 72))
    #expect(text.contains("\n東京デザイ…    30.0"))
    #expect(!text.contains("Opp. cost"))
    #expect(!text.contains("Eff. rate"))
    #expect(Golden.check(text, named: "report-table-narrow.txt") == nil)
  }

  @Test func tableSortedByProfitKeepsTotalsLast() {
    let text = Self.render(decisions: nil, format: .table, sort: .profit)
    #expect(Golden.check(text, named: "report-table-by-profit.txt") == nil)
  }

  @Test func tableWithoutCostRateSaysSo() {
    var report = Samples.report
    report.costRateMissing = true
    report.from = Samples.day("2026-01-01")
    report.to = Samples.day("2026-06-30")
    report.clients = [
      Samples.client("Acme Corp", seconds: Samples.hours("120.5"), invoiced: 1_200_000, collected: 1_000_000)
    ]
    report.clients[0].figures.cost = nil
    report.clients[0].figures.profit = nil
    report.clients[0].figures.margin = nil
    report.totals = report.clients[0].figures
    let text = Self.render(report, decisions: nil, format: .table)
    #expect(Golden.check(text, named: "report-table-no-cost-rate.txt") == nil)
  }

  @Test func tableWithoutClients() {
    let report = ProfitabilityReport(
      asOf: Samples.asOf, from: nil, to: nil, currency: Samples.usd, clients: [],
      totals: Figures(currency: Samples.usd),
      costRateMissing: false)
    #expect(
      Self.render(report, format: .table) == """
        Client profitability as of 2026-10-31 · period: all data · USD · profit and rates use earned revenue: invoices matched
        to the work they bill, plus unbilled work estimated (not invoiced); lateness and aging from due dates

        No client has any figures in this period.

        """)
  }

  @Test func markdown() {
    #expect(Golden.check(Self.render(format: .markdown), named: "report.md") == nil)
  }

  @Test func json() {
    #expect(Golden.check(Self.render(format: .json, sort: .profit), named: "report.json") == nil)
  }

  @Test func csv() {
    #expect(Golden.check(Self.render(format: .csv, sort: .profit), named: "report.csv") == nil)
  }

  /// A name built to break each format: a formula, quotes, a comma, a pipe, markdown and a newline.
  @Test func hostileNameInEveryFormat() {
    var report = Samples.report
    let name = "=HYPERLINK(\"x\"), *Bold* | <b>\nCo $5"
    report.clients = [Samples.client(name, seconds: Samples.hours("1"), invoiced: 10_000, flags: [.unbilled])]
    report.totals = report.clients[0].figures
    report.diagnostics = []
    var text = ""
    for format in OutputFormat.allCases {
      text += "=== \(format.rawValue)\n" + Self.render(report, decisions: nil, format: format)
    }
    #expect(Golden.check(text, named: "report-hostile-name.txt") == nil)
  }
}
