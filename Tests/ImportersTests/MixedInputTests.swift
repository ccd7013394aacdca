import Domain
import Testing

@testable import Importers

/// Time from two trackers and invoices from two invoicing tools, in several currencies, make one
/// ledger that holds exactly the facts of its parts.
@Suite struct MixedInputTests {
  static let time = ["toggl/detailed.csv", "harvest/time-eu.csv"]
  static let invoices = ["stripe/invoices.csv", "freshbooks/invoice-details.csv"]

  @Test func theWholeIsTheSumOfItsParts() throws {
    let whole = try Fixture.importing(Self.time + Self.invoices)
    let parts = try (Self.time + Self.invoices).map { try Fixture.importing([$0]) }
    #expect(whole.ledger.timeLines == parts.flatMap(\.ledger.timeLines))
    #expect(whole.ledger.invoiceLines == parts.flatMap(\.ledger.invoiceLines))
    #expect(whole.files == parts.flatMap(\.files))
    #expect(whole.diagnostics == parts.flatMap(\.diagnostics))
  }

  @Test func totalsByCurrencyAreTheHandWorkedSums() throws {
    let ledger = try Fixture.importing(Self.time + Self.invoices).ledger
    // Toggl 9000 + 2700 + 1200 + 1800 (Admin, the project of a row without client) + 6300 + 12600;
    // Harvest 9000 + 39600 + 4050.
    #expect(ledger.timeEntries.reduce(0) { $0 + $1.seconds } == 86_250)
    #expect(total(ledger.timeEntries.compactMap(\.value), "USD") == 80_750)  // 237.50 + 71.25 + 166.25 + 332.50
    #expect(total(ledger.timeEntries.compactMap(\.value), "EUR") == 127_000)  // 225.00 + 1045.00 + 0.00
    let counted = ledger.invoices.filter { $0.status != .ignored }.map(\.amount)
    #expect(total(counted, "USD") == 823_825)  // Stripe 2850 + 1140; FreshBooks 2837.50 + 1140 + 270.75
    #expect(total(counted, "GBP") == 340_000)
    #expect(total(counted, "CAD") == 16_800)  // Stripe's uncollectible invoice; FreshBooks' is a draft
    #expect(ledger.currencies.map(\.code) == ["CAD", "EUR", "GBP", "USD"])
    #expect(
      ledger.clientKeys.map { ledger.clients.displayName(for: $0) }.sorted() == [
        "Admin", "Atelier Rosenthal", "Bluebird Bakery", "Café Lindgren", "Harbor Yoga", "Harbor Yoga, Inc.",
        "Kettle & Crane Ltd",
        "Northwind Studio", "hello@pinepixel.example",
      ])
  }

  private func total(_ amounts: [Money], _ code: String) -> Int64 {
    amounts.filter { $0.currency.code == code }.reduce(0) { $0 + $1.minorUnits }
  }
}
