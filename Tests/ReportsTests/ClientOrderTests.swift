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

  static func names(_ key: SortKey?) -> [String] {
    ClientOrder.sorted(clients, by: key).map(\.name)
  }

  @Test func byNameIgnoresCase() {
    #expect(Self.names(nil) == ["Alpha", "beta", "Delta", "gamma"])
    #expect(Self.names(.name) == ["Alpha", "beta", "Delta", "gamma"])
  }

  @Test func figuresLargestFirstTiesByName() {
    #expect(Self.names(.invoiced) == ["Alpha", "Delta", "beta", "gamma"])
    #expect(Self.names(.hours) == ["beta", "gamma", "Alpha", "Delta"])
  }

  @Test func unknownFiguresLast() {
    #expect(Self.names(.avgDaysLate) == ["gamma", "beta", "Delta", "Alpha"])
    // Delta has no hours, so no effective rate; gamma's is negative.
    #expect(Self.names(.effectiveRate) == ["Alpha", "beta", "gamma", "Delta"])
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
    #expect(Self.names(.maxDaysLate) == ["Alpha", "beta", "Delta", "gamma"])
    let named = ClientOrder.sorted(Samples.report.clients, by: .maxDaysLate).map(\.name)
    #expect(
      named == [
        "Kettle & Crane Ltd", "Acme Corp", "東京デザイン株式会社", "Vexley Media", "شركة الأفق للتصميم", "Café Société Genève",
        "Quiet Co",
      ])
  }
}
