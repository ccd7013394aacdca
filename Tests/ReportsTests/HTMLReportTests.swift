import Analysis
import Decisions
import Domain
import Foundation
import Localization
import TestSupport
import Testing

@testable import Reports

/// The HTML page: its whole text for a small fixed report, escaping of every data string, the
/// accessibility basics, and (where Debian's `tidy` is installed) an HTML validator's verdict.
@Suite struct HTMLReportTests {
  static func page(
    _ report: ProfitabilityReport = TrendSamples.report, decisions: DecisionReport? = TrendSamples.decisions,
    trend: TrendReport? = TrendSamples.trend()
  ) -> String {
    var text = ""
    ReportRenderer.render(
      report, decisions: decisions, format: .html, sort: nil, options: RenderOptions(), trend: trend, to: &text)
    return text
  }

  static let hostile = "<script>alert(1)</script> & \"Co\" 'x'"

  /// The sample report, decisions and trend with one client renamed `hostile`, its note too.
  static func hostilePage() -> String {
    var report = TrendSamples.report
    report.clients[1].name = hostile
    report.diagnostics = [
      Diagnostic(file: "<f>.csv", line: 2, column: 1, severity: .warning, message: "bad <b>row</b>")
    ]
    var decisions = TrendSamples.decisions
    for index in decisions.decisions.indices where decisions.decisions[index].name == "Kettle & Crane Ltd" {
      decisions.decisions[index].name = hostile
      decisions.decisions[index].reasons.append(.untranslated("Said \(hostile)"))
      decisions.decisions[index].incidents = [
        Incident(day: Samples.asOf, client: ClientKey("k"), kind: .abuse, note: hostile)
      ]
    }
    return page(report, decisions: decisions, trend: TrendSamples.trend(names: ("Acme Corp", hostile)))
  }

  @Test func wholePage() {
    #expect(Golden.check(Self.page(), named: "report.html") == nil)
  }

  @Test func pageWithoutClientsSaysSo() {
    let report = ProfitabilityReport(
      asOf: Samples.asOf, from: nil, to: nil, currency: Samples.usd, clients: [],
      totals: Figures(currency: Samples.usd),
      costRateMissing: true)
    let page = Self.page(report, decisions: nil, trend: nil)
    #expect(page.contains("<p>No client has any figures in this period.</p>"))
    #expect(page.contains("<p class=\"warning\">Cost and profit are unknown: no cost rate is set"))
    #expect(!page.contains("<svg"))
  }

  @Test func everyDataStringIsEscaped() {
    let page = Self.hostilePage()
    // The only tags are the page's own: no script, no bold from the data.
    #expect(!page.contains("<script"))
    #expect(!page.contains("<b>"))
    #expect(!page.contains("<f>"))
    let escaped = "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot; &#39;x&#39;"
    // Table row, rate bar, whale point, aging bar, trend caption and chart, card title, reason,
    // incident note: each shows the name as text.
    #expect(page.components(separatedBy: escaped).count - 1 >= 10)
    #expect(page.contains("<th scope=\"row\" class=\"p0 loss\">\(escaped)</th>"))
    #expect(page.contains("<figcaption><bdi>\(escaped)</bdi><span>"))
    #expect(page.contains("<h3><bdi>\(escaped)</bdi> <span class=\"verdict\">exit now</span></h3>"))
    #expect(page.contains("<li>Said \(escaped)</li>"))
    #expect(page.contains("<title>\(escaped): effective rate and days late by period</title>"))
    #expect(page.contains("aria-label=\"\(escaped): effective rate and days late by period\""))
    #expect(page.contains("<li>&lt;f&gt;.csv:2:1: warning: bad &lt;b&gt;row&lt;/b&gt;</li>"))
  }

  @Test(arguments: [
    ("a & b", "a &amp; b"), ("<i>", "&lt;i&gt;"), ("\"'", "&quot;&#39;"), ("tab\there", "tab\u{FFFD}here"),
    ("\u{202E}evil", "\u{FFFD}evil"), ("東京 · Café", "東京 · Café"),
  ])
  func htmlTextEscapes(text: String, escaped: String) {
    #expect(HTMLText.escaped(text) == escaped)
  }

  @Test(arguments: [
    ("by 2026-07-24.", "by <span class=\"date\">2026-07-24</span>."),
    ("2026-07-24 and 2026-07-31", "<span class=\"date\">2026-07-24</span> and <span class=\"date\">2026-07-31</span>"),
    ("INV-12026-07-241", "INV-12026-07-241"), ("2026-7-24", "2026-7-24"), ("2026-07", "2026-07"),
    ("<b>2026-01-02</b>", "&lt;b&gt;<span class=\"date\">2026-01-02</span>&lt;/b&gt;"),
    ("worth −$312.47 over", "worth <span class=\"amount\">−$312.47</span> over"),
    ("profit −1,420.42 USD", "profit <span class=\"amount\">−1,420.42</span> USD"), ("a − b", "a − b"),
    ("ends −", "ends −"),
  ])
  func proseKeepsEachDateAndNegativeAmountWhole(text: String, html: String) {
    #expect(HTMLText.prose(text) == html)
  }

  @Test func pageIsSelfContainedAndAccessible() {
    let page = Self.page()
    #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"))
    #expect(page.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"))
    #expect(page.contains("<title>Client profitability as of 2026-10-31</title>"))
    // Nothing fetched, nothing run.
    for forbidden in ["<script", "<link", "<img", "@import", "url(", "http://", "https://", "<iframe"] {
      let hits = page.components(separatedBy: forbidden).count - 1
      // The SVG namespace is a name, not a fetch.
      let namespaces = page.components(separatedBy: "xmlns=\"http://www.w3.org/2000/svg\"").count - 1
      let allowed = forbidden == "http://" ? namespaces : 0
      #expect(hits == allowed, "\(forbidden)")
    }
    #expect(page.contains("@media print"))
    #expect(page.contains("<th scope=\"col\" class=\"num p0\">Profit</th>"))
    #expect(page.contains("<tfoot>"))
    // Rates, whale, aging and one chart per trend client: each an image with a title and a description.
    #expect(page.components(separatedBy: "role=\"img\"").count - 1 == 3 + 2)
    #expect(page.components(separatedBy: "<desc>").count - 1 == 3 + 2)
  }

  @Test func losingRowsAreMarkedInWordsAsWellAsColour() {
    let page = Self.page()
    let losingRows = page.split(separator: "\n").filter { $0.hasPrefix("<tr class=\"losing\">") }
    #expect(losingRows.count == 2)
    for row in losingRows { #expect(row.contains("<span class=\"flag\">losing</span>")) }
  }

  /// `tidy` (Debian's `tidy` package) finds no error and no warning in the page. Skipped where
  /// tidy is not installed; `scripts/validate-html.sh` installs it and validates the real report.
  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/tidy")))
  func tidyFindsNothingToSay() throws {
    for page in [Self.page(), Self.hostilePage()] {
      let folder = try Workdir()
      defer { folder.remove() }
      let file = try folder.write("report.html", page)
      let process = Process()
      process.executableURL = URL(fileURLWithPath: "/usr/bin/tidy")
      process.arguments = ["-q", "-e", "--show-warnings", "yes", file.path]
      let errors = Pipe()
      process.standardError = errors
      process.standardOutput = FileHandle.nullDevice
      try process.run()
      let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      process.waitUntilExit()
      #expect(process.terminationStatus == 0, "\(message)")
      #expect(message.isEmpty, "\(message)")
    }
  }
}
