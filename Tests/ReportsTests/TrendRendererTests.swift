import Analysis
import Domain
import TestSupport
import Testing

@testable import Reports

/// The trend in every format, against golden files.
@Suite struct TrendRendererTests {
  static func render(
    _ trend: TrendReport = TrendSamples.trend(), format: OutputFormat, options: RenderOptions = RenderOptions()
  ) -> String {
    var text = ""
    TrendRenderer.render(trend, format: format, options: options, to: &text)
    return text
  }

  /// Every client's table and the totals share one layout fitted to the width; the columns left
  /// out are named once, at the end.
  @Test(arguments: [
    (80, "trend-table-80.txt", true), (120, "trend-table-120.txt", false), (10_000, "trend-table-unbounded.txt", false),
  ])
  func tableAtEachWidth(width: Int, golden: String, leavesOut: Bool) {
    let text = Self.render(format: .table, options: RenderOptions(width: width))
    #expect(!text.contains("\u{1B}"))
    // Kettle & Crane's table starts at its first active month.
    #expect(text.contains("Kettle & Crane Ltd\nMonth "))
    let lines = text.split(separator: "\n")
    let titles = lines.filter { $0.hasPrefix("Month ") }
    #expect(titles.count == 3 && Set(titles).count == 1)
    for line in lines where !line.contains(" ") || line.first?.isNumber == true || line.hasPrefix("Month ") {
      #expect(DisplayWidth.of(line) <= width, "\(line)")
    }
    #expect(lines.filter { $0.hasPrefix("Left out to fit: Collected.") }.count == (leavesOut ? 1 : 0))
    #expect(Golden.check(text, named: golden) == nil)
  }

  /// `--wide` shows every column at any width.
  @Test func wideShowsEveryColumn() {
    let text = Self.render(format: .table, options: RenderOptions(width: 80, wide: true))
    #expect(!text.contains("Left out"))
    #expect(Golden.check(text, named: "trend-table-80-wide.txt") == nil)
  }

  @Test func tableWithColourMarksLosingPeriods() {
    let text = Self.render(format: .table, options: RenderOptions(color: true, width: 100))
    #expect(text.contains("\u{1B}[1mAcme Corp\u{1B}[0m"))
    #expect(text.contains("\u{1B}[31m2026-10\u{1B}[0m"))
  }

  @Test func markdown() {
    #expect(Golden.check(Self.render(format: .markdown), named: "trend.md") == nil)
  }

  @Test func json() {
    let text = Self.render(format: .json)
    #expect(text.contains("\"by\": \"month\""))
    #expect(Golden.check(text, named: "trend.json") == nil)
  }

  @Test func csv() {
    let text = Self.render(format: .csv)
    #expect(text.hasPrefix("row,client,period,from,to,active,hours,billable_hours,"))
    #expect(Golden.check(text, named: "trend.csv") == nil)
  }

  @Test func htmlPage() {
    let text = Self.render(format: .html)
    #expect(text.hasPrefix("<!DOCTYPE html>"))
    #expect(Golden.check(text, named: "trend.html") == nil)
  }

  @Test func withoutClients() {
    let trend = TrendReport(
      asOf: Samples.asOf, from: Samples.day("2026-01-01"), to: nil, currency: Samples.usd, interval: .quarter,
      periods: [], clients: [], totals: [])
    #expect(
      Self.render(trend, format: .table) == """
        Trend by quarter as of 2026-10-31 · period: from 2026-01-01 · USD
        each quarter: its hours, the invoices issued in it as they stand at as-of, and what its work earned (profit and rates
        use earned revenue)

        No client has any figures in this period.

        """)
  }
}
