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

  @Test func lettersToEveryClientToContact() {
    let letters = DecisionLetters.letters(DecisionSamples.report)
    #expect(
      letters.map(\.fileName) == [
        "Bluebird-Bakery.txt", "Driftwood-Cafe.txt", "Kettle-Crane-Ltd.txt", "Meridian-Health.txt",
        "Orchard-Analytics.txt", "Pinecrest-Legal-LLP.txt", "Vexley-Media.txt",
      ])
    for letter in letters {
      // Filled in: no placeholder of any usual shape is left for the reader to complete.
      for mark in ["<", ">", "[", "]", "{", "}", "XXX", "TODO", "NAME"] {
        #expect(!letter.text.contains(mark), "\(letter.fileName) contains \(mark)")
      }
    }
    let text = letters.map { "=== \($0.fileName)\n" + $0.text }.joined()
    #expect(Golden.check(text, named: "letters.txt") == nil)
  }

  @Test func aCappedRateIsProposedWithTheOtherFixesItNeeds() throws {
    var renegotiate = try #require(DecisionSamples.report.decisions.first { $0.recommendation == .renegotiate })
    var report = DecisionSamples.report
    report.decisions = [renegotiate]
    let alone = try #require(DecisionLetters.letters(report).first).text
    #expect(!alone.contains("Alongside"))
    renegotiate.remedies = [
      .raiseRate, .billExtraWork(nonBillableShare: Fraction(1, 5), cost: nil), .billExpenses(Samples.usd(12_000)),
    ]
    report.decisions = [renegotiate]
    let text = try #require(DecisionLetters.letters(report).first).text
    #expect(
      text.contains(
        "€82.50 per hour.\n\nAlongside it, I propose:\n\n1. Work outside the agreed scope is quoted and agreed in "
          + "writing (a short\n   change order) before I start it, and billed as extra.\n2. Expenses I incur for "
          + "your work are billed at cost with each invoice.\n\nI would be glad"))
  }

  @Test func letterFileNamesNeverClash() {
    var report = DecisionSamples.report
    let fix = report.decisions.first { $0.recommendation == .renegotiate }
    for name in ["Acme & Co", "Acme Co", "acme-co"] {
      guard var twin = fix else { continue }
      twin.name = name
      twin.client = ClientKey(name + "!")
      report.decisions.append(twin)
    }
    let names = DecisionLetters.letters(report).map(\.fileName).filter { $0.lowercased().hasPrefix("acme") }
    #expect(names == ["Acme-Co.txt", "Acme-Co-2.txt", "acme-co-3.txt"])
  }
}
