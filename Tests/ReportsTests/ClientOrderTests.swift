import Analysis
import Domain
import Testing

@testable import Reports

@Suite struct ClientOrderTests {
  static let clients = [
    Samples.client("beta", seconds: 7200, invoiced: 500, avgDaysLate: Fraction(3)),
    Samples.client("Alpha", seconds: 3600, invoiced: 900),
    Samples.client("gamma", seconds: 7200, invoiced: -100, avgDaysLate: Fraction(10)),
    Samples.client("Delta", invoiced: 900, avgDaysLate: Fraction(3)),
  ]

  static func names(_ sort: ClientSort?) -> [String] {
    ClientOrder.sorted(clients, by: sort).map(\.name)
  }

  @Test func byNameIgnoresCase() {
    #expect(Self.names(nil) == ["Alpha", "beta", "Delta", "gamma"])
    #expect(Self.names(ClientSort(.client)) == ["Alpha", "beta", "Delta", "gamma"])
    #expect(Self.names(ClientSort(.client, descending: true)) == ["gamma", "Delta", "beta", "Alpha"])
  }

  @Test func figuresSmallestFirstOrLargestFirstTiesByName() {
    #expect(Self.names(ClientSort(.invoiced)) == ["gamma", "beta", "Alpha", "Delta"])
    #expect(Self.names(ClientSort(.invoiced, descending: true)) == ["Alpha", "Delta", "beta", "gamma"])
    #expect(Self.names(ClientSort(.hours)) == ["Delta", "Alpha", "beta", "gamma"])
    #expect(Self.names(ClientSort(.hours, descending: true)) == ["beta", "gamma", "Alpha", "Delta"])
  }

  @Test func unknownFiguresLastEitherWay() {
    #expect(Self.names(ClientSort(.avgDaysLate, descending: true)) == ["gamma", "beta", "Delta", "Alpha"])
    #expect(Self.names(ClientSort(.avgDaysLate)) == ["beta", "Delta", "gamma", "Alpha"])
    // Delta has no hours, so no effective rate; gamma's is negative.
    #expect(Self.names(ClientSort(.effectiveRate, descending: true)) == ["Alpha", "beta", "gamma", "Delta"])
    #expect(Self.names(ClientSort(.effectiveRate)) == ["gamma", "beta", "Alpha", "Delta"])
  }

  /// Every `--sort` figure is one of the spec's figures, in the spec's order, and is unknown
  /// exactly when the JSON writes null.
  @Test func sortKeysAreTheSpecFigures() {
    #expect(SortKey.allCases.dropFirst().map(\.rawValue) == FigureFields.all.map(\.key))
    for client in Samples.report.clients {
      for (key, field) in zip(SortKey.allCases.dropFirst(), FigureFields.all) {
        let unknown = ClientOrder.value(of: key, in: client.figures) == nil
        #expect(unknown == (field.text(client.figures, Samples.usd) == nil), "\(client.name) \(key)")
      }
    }
  }

  @Test func maxDaysLateUnknownLast() {
    #expect(Self.names(ClientSort(.maxDaysLate, descending: true)) == ["Alpha", "beta", "Delta", "gamma"])
    let named = ClientOrder.sorted(Samples.report.clients, by: ClientSort(.maxDaysLate, descending: true)).map(\.name)
    #expect(
      named == [
        "Kettle & Crane Ltd", "Acme Corp", "東京デザイン株式会社", "Vexley Media", "شركة الأفق للتصميم", "Café Société Genève",
        "Quiet Co",
      ])
  }
}
