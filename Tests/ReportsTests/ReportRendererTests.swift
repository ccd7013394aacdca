import Analysis
import Decisions
import Domain
import TestSupport
import Testing

@testable import Reports

/// The profitability report in every format, against golden files.
@Suite struct ReportRendererTests {
  static func render(
    _ report: ProfitabilityReport = Samples.report, decisions: DecisionReport? = DecisionSamples.report,
    format: OutputFormat, sort: ClientSort? = nil, options: RenderOptions = RenderOptions()
  ) -> String {
    var text = ""
    ReportRenderer.render(report, decisions: decisions, format: format, sort: sort, options: options, to: &text)
    return text
  }

  /// The table lines of a rendering: from the column titles to the totals.
  static func tableLines(_ text: String) -> [Substring] {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    guard let rule = lines.firstIndex(where: { !$0.isEmpty && $0.allSatisfy { $0 == "-" } }),
      let end = lines.firstIndex(where: { $0.hasPrefix("Total ") })
    else { return [] }
    return Array(lines[(rule - 1)...end])
  }

  /// At 80 and 120 columns the table keeps the columns that fit, by priority, and says which it
  /// left out; unbounded (a pipe) it shows them all. No line of the table is wider than the width.
  @Test(arguments: [(80, "report-table-80.txt"), (120, "report-table-120.txt"), (10_000, "report-table-unbounded.txt")])
  func tableAtEachWidth(width: Int, golden: String) {
    let text = Self.render(format: .table, options: RenderOptions(width: width))
    #expect(!text.contains("\u{1B}"))
    let table = Self.tableLines(text)
    #expect(table.count == 11)
    for line in table { #expect(DisplayWidth.of(line) <= width, "\(line)") }
    #expect(text.contains("Left out to fit: ") == (width < 10_000))
    #expect(Golden.check(text, named: golden) == nil)
  }

  /// `--wide` shows every column at any width; the prose still wraps to the terminal.
  @Test func wideShowsEveryColumn() {
    let wide = Self.render(format: .table, options: RenderOptions(width: 80, wide: true))
    let unbounded = Self.render(format: .table, options: RenderOptions(width: 10_000))
    #expect(Self.tableLines(wide) == Self.tableLines(unbounded))
    #expect(!wide.contains("Left out"))
    #expect(Golden.check(wide, named: "report-table-80-wide.txt") == nil)
  }

  /// Every width from 40 to 200: never a row wider than the width once the always-shown columns
  /// fit, the always-shown columns always there, and the first letter of every name kept.
  @Test func tableFitsEveryWidth() {
    for width in 40...200 {
      let text = Self.render(format: .table, options: RenderOptions(width: width))
      let table = Self.tableLines(text)
      let titles = table.first ?? ""
      for title in ["Client", "Eff. rate", "Profit", "Decision"] { #expect(titles.contains(title), "\(width)") }
      if width >= 50 { for line in table { #expect(DisplayWidth.of(line) <= width, "\(width): \(line)") } }
      for client in Samples.report.clients {
        // An Arabic name is isolated (FSI … PDI) so that it cannot reorder its row.
        let first = String(client.name.prefix(1))
        #expect(table.contains { $0.hasPrefix(first) || $0.hasPrefix("\u{2068}" + first) }, "\(width): \(client.name)")
      }
    }
  }

  @Test func tableWithColour() {
    let text = Self.render(format: .table, options: RenderOptions(color: true, width: 120))
    #expect(text.contains("\u{1B}[31mKettle & Crane Ltd\u{1B}[0m"))
    #expect(Golden.check(text, named: "report-table-color.txt") == nil)
  }

  @Test func narrowTableCutsNamesByDisplayWidth() {
    let text = Self.render(format: .table, options: RenderOptions(color: false, width: 50))
    #expect(text.contains("\n東京デザイン株…  "))
    #expect(Golden.check(text, named: "report-table-narrow.txt") == nil)
  }

  @Test func tableSortedByProfitKeepsTotalsLast() {
    let text = Self.render(decisions: nil, format: .table, sort: ClientSort(.profit, descending: true))
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
        Client profitability as of 2026-10-31 · period: all data · USD
        profit and rates use earned revenue: invoices matched to the work they bill, plus unbilled work estimated (not
        invoiced); lateness and aging from due dates

        No client has any figures in this period.

        """)
  }

  @Test func markdown() {
    #expect(Golden.check(Self.render(format: .markdown), named: "report.md") == nil)
  }

  @Test func json() {
    #expect(Golden.check(Self.render(format: .json, sort: ClientSort(.profit)), named: "report.json") == nil)
  }

  @Test func csv() {
    #expect(Golden.check(Self.render(format: .csv, sort: ClientSort(.profit)), named: "report.csv") == nil)
  }

  /// The totals are the last row, marked `total` in the first column; a client called TOTAL, or
  /// one whose name would run as a formula, stays a client row with its name guarded.
  @Test func csvMarksTheTotalsRow() {
    var report = Samples.report
    report.clients = [
      Samples.client("TOTAL", seconds: Samples.hours("1"), invoiced: 10_000),
      Samples.client("=SUM(A1)", seconds: Samples.hours("2"), invoiced: 20_000),
    ]
    report.totals = Samples.totals(of: report.clients)
    let rows = Self.render(report, format: .csv).split(separator: "\r\n").map { $0.split(separator: ",").first ?? "" }
    #expect(rows == ["row", "client", "client", "total"])
    let text = Self.render(report, format: .csv)
    #expect(text.contains("\r\nclient,'=SUM(A1),2.00,"))
    #expect(text.contains("\r\nclient,TOTAL,1.00,"))
    #expect(text.hasSuffix(",,,,,,,\r\n") && text.contains("\r\ntotal,TOTAL,3.00,"))
  }

  /// Each client's recommendation is its `decision`, null (an empty cell) without one.
  @Test func jsonAndCSVCarryTheDecision() {
    let json = Self.render(format: .json)
    #expect(
      json.contains("\"flags\": [\"losing\", \"late-payer\", \"scope-creep\"],\n      \"decision\": \"exit-now\""))
    #expect(json.contains("\"decision\": null"))
    let withoutDecisions = Self.render(decisions: nil, format: .json)
    #expect(!withoutDecisions.contains("\"decision\": \""))
    let csv = Self.render(format: .csv)
    #expect(csv.hasPrefix("row,client,hours,") && csv.contains(",flags,decision\r\n"))
    #expect(csv.contains(",losing late-payer scope-creep,exit-now\r\n"))
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
