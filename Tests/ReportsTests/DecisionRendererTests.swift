import Decisions
import Domain
import Reports
import TestSupport
import Testing

/// The decisions in every format, against golden files.
@Suite struct DecisionRendererTests {
  static func render(
    _ report: DecisionReport = DecisionSamples.report, format: OutputFormat,
    options: RenderOptions = RenderOptions()
  ) -> String {
    var text = ""
    DecisionRenderer.render(report, format: format, options: options, to: &text)
    return text
  }

  @Test func cardsOfEveryRecommendation() {
    let text = Self.render(format: .table)
    #expect(!text.contains("\u{1B}"))
    #expect(Golden.check(text, named: "decide-cards.txt") == nil)
  }

  @Test func cardsWithColour() {
    var report = DecisionSamples.report
    report.decisions = report.decisions.filter { ["Lumen Dental", "Northwind Studio"].contains($0.name) }
    let text = Self.render(report, format: .table, options: RenderOptions(color: true, width: 80))
    #expect(Golden.check(text, named: "decide-cards-color.txt") == nil)
  }

  @Test func noDecisions() {
    let report = DecisionReport(asOf: Samples.asOf, currency: Samples.usd, decisions: [])
    #expect(Self.render(report, format: .table) == "Decisions as of 2026-10-31 · USD\nNo client to decide on.\n")
  }

  @Test func json() {
    #expect(Golden.check(Self.render(format: .json), named: "decide.json") == nil)
  }

  @Test func markdown() {
    #expect(Golden.check(Self.render(format: .markdown), named: "decide.md") == nil)
  }

  @Test func csv() {
    #expect(Golden.check(Self.render(format: .csv), named: "decide.csv") == nil)
  }
}
