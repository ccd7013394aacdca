import Analysis
import Domain
import TestSupport
import Testing

@testable import Reports

/// A chart of many clients draws the stretches it is read for and one row for each stretch left
/// out, saying how many it stands for.
@Suite struct ChartRowsTests {
  private func count(_ needle: String, in text: String) -> Int {
    text.components(separatedBy: needle).count - 1
  }

  /// The height of a chart of `rows` rows between a top and a bottom margin.
  private func height(of svg: String) -> Double? {
    guard let range = svg.range(of: #"viewBox="0 0 400 ([0-9.]+)""#, options: .regularExpression) else { return nil }
    return Double(svg[range].dropFirst(#"viewBox="0 0 400 "#.count).dropLast())
  }

  @Test func upToTheMostRowsEveryItemIsDrawn() {
    let rows = ChartRows(Array(0..<40), head: 15, tail: 15)
    #expect(rows.shown == Array(0..<40))
    #expect(rows.leftOut.isEmpty)
    #expect(rows.count == 40)
  }

  @Test func beyondThemTheEndsAndOneRowBetween() {
    let rows = ChartRows(Array(0..<100), head: 15, tail: 15)
    #expect(rows.shown == Array(0..<15) + Array(85..<100))
    #expect(rows.leftOut.map(\.row) == [15])
    #expect(rows.leftOut.map(\.count) == [70])
    #expect(rows.count == 31)
    #expect(rows.row(of: 14) == 14)
    #expect(rows.row(of: 15) == 16)  // item 85, after the row for 15…84
  }

  @Test func aKeptItemInTheMiddleMakesTwoRowsBetweenAndOneAtTheEnd() {
    let rows = ChartRows(Array(0..<100)) { $0 < 2 || $0 == 50 || $0 == 60 }
    #expect(rows.shown == [0, 1, 50, 60])
    #expect(rows.leftOut.map(\.row) == [2, 4, 6])
    #expect(rows.leftOut.map(\.count) == [48, 9, 39])
    #expect((0..<4).map(rows.row(of:)) == [0, 1, 3, 5])
  }

  @Test func aRateChartOfManyClientsDrawsTheHighestAndTheLowest() {
    let bars = (0..<100).map {
      RateChart.Bar(name: "Client \($0)", rate: Fraction(Int128(20_000 - $0 * 100)), losing: $0 >= 98)
    }
    let svg = RateChart.svg(bars, costRate: Fraction(10_500), targetRate: nil, currency: Samples.usd)
    #expect(count("<rect ", in: svg) == 30)
    #expect(svg.contains(">Client 14</text>") && svg.contains(">Client 85</text>"))
    #expect(!svg.contains(">Client 15</text>") && !svg.contains(">Client 84</text>"))
    #expect(svg.contains(">⋯ 70 clients in between (see the table)</text>"))
    #expect(count("· losing</text>", in: svg) == 2)
    #expect(height(of: svg) == RateChart.top + 31 * RateChart.rowHeight + RateChart.bottom)
  }

  /// Half the clients lose money: the curve peaks in the middle, and the client it peaks at is
  /// drawn, with its label, between two rows of clients left out.
  @Test func aWhaleCurveOfManyClientsKeepsItsPeak() {
    let clients = (0..<100).map {
      WhaleCurveChart.Client(name: "Client \($0)", profit: Samples.usd(Int64(5_000 - $0 * 100)))
    }
    let svg = WhaleCurveChart.svg(clients, currency: Samples.usd)
    // Profit 5,000 − 100 × i cents: positive up to client 49, zero at 50; the total peaks at client 49.
    #expect(WhaleCurveChart.peakIndex(WhaleCurveChart.running(clients, currency: Samples.usd)) == 49)
    #expect(svg.contains(">Client 49</text>"))
    #expect(svg.contains(">peak $1,275</text>"))
    #expect(svg.contains(">⋯ 34 clients in between (see the table)</text>"))
    #expect(svg.contains(">⋯ 35 clients in between (see the table)</text>"))
    #expect(count("<circle ", in: svg) + count("<polygon ", in: svg) == 31)
  }

  @Test func anAgingChartOfManyClientsDrawsTheLargestPastDue() {
    let clients = (0..<50).map {
      AgingChart.Client(name: "Client \($0)", buckets: [0, 0, 0, 0, Int64(90_000 - $0 * 100)].map(Samples.usd))
    }
    let svg = AgingChart.svg(clients, currency: Samples.usd)
    #expect(svg.contains(">Client 29</text>") && !svg.contains(">Client 30</text>"))
    #expect(svg.contains(">⋯ 20 clients owing less (see the table)</text>"))
  }

  /// Of many clients with several projects, those whose worst project loses most are drawn whole.
  @Test func aProjectChartOfManyClientsDrawsThoseWithTheWorstProjects() {
    var parts: [Breakdown.Part] = []
    for client in 0..<30 {
      for project in 0..<3 {
        var part = Breakdown.Part(client: ClientKey("c\(client)"), clientName: "Client \(client)", name: "P\(project)")
        part.profit = Samples.usd(project == 2 && client % 10 == 3 ? -50_000 - Int64(client) : 10_000)
        parts.append(part)
      }
    }
    let rows = ProjectProfitChart.rows(parts)
    // Clients 3, 13 and 23 lose on a project; then the others, by key, as long as 40 rows hold them.
    #expect(Set(rows.shown.compactMap(\.clientName)).isSuperset(of: ["Client 3", "Client 13", "Client 23"]))
    #expect(rows.shown.count == 39)
    #expect(rows.leftOut.map(\.count) == [17])
    #expect(rows.leftOut.map(\.row) == [39])
  }
}
