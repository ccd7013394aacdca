import Foundation
import TestSupport
import Testing

/// The real binary over tool exports: time from Toggl and Harvest, invoices from Stripe and
/// FreshBooks, in USD, EUR and GBP, make one report whose totals are the sums of its parts.
@Suite(.enabled(if: RunClientWorth.binaryPath() != nil, "clientworth is not built"))
struct ToolExportReportTests {
  static let settings = #"{"currency": "USD", "rates": {"EUR": 1.08, "GBP": 1.25}, "costRate": 40}"#

  private func folder(_ files: [String: String], settings: String? = ToolExportReportTests.settings) throws -> Workdir {
    let folder = try Workdir()
    for (name, text) in files { try folder.write(name, text) }
    if let settings { try folder.write("clientworth.json", settings) }
    return folder
  }

  /// The report's `totals` object.
  private func totals(_ files: [String: String]) throws -> [String: Any] {
    let folder = try folder(files)
    defer { folder.remove() }
    let run = try RunClientWorth.run(["report", "--as-of", "2025-04-30", "--format", "json"], in: folder.url)
    #expect(run.status == 0)
    let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
    return try #require(object?["totals"] as? [String: Any])
  }

  private func decimal(_ value: Any?) -> Decimal? { (value as? NSNumber)?.decimalValue }

  @Test func mixedToolsMakeOneReportThatAddsUpItsParts() throws {
    let partA = ["toggl.csv": ToolExportData.toggl, "stripe.csv": ToolExportData.stripe]
    let partB = ["harvest.csv": ToolExportData.harvest, "freshbooks.csv": ToolExportData.freshBooks]
    let whole = try totals(partA.merging(partB) { a, _ in a })
    let a = try totals(partA)
    let b = try totals(partB)
    for figure in ["hours", "billableHours", "billableValue", "invoiced", "collected", "outstanding"] {
      let sum = (decimal(a[figure]) ?? 0) + (decimal(b[figure]) ?? 0)
      #expect(decimal(whole[figure]) == sum, "\(figure)")
    }
    // By hand: 2.5 + 0.5 + 4.25 + 1 hours; 1000 USD + 400 GBP × 1.25 + 250 USD + 382.50 EUR × 1.08 + 95 USD.
    #expect(decimal(whole["hours"]) == Decimal(string: "8.25"))
    #expect(decimal(whole["invoiced"]) == Decimal(string: "2258.1"))
    #expect(decimal(whole["collected"]) == Decimal(string: "1413.1"))
  }

  @Test func aCurrencyWithoutARateIsAnErrorListingEveryOneAndTheLinesToAdd() throws {
    let files = [
      "toggl.csv": ToolExportData.toggl, "harvest.csv": ToolExportData.harvest, "stripe.csv": ToolExportData.stripe,
    ]
    let folder = try folder(files, settings: #"{"currency": "USD"}"#)
    defer { folder.remove() }
    let run = try RunClientWorth.run(["report"], in: folder.url)
    #expect(run.status == 65)
    #expect(run.stdout == "")
    // The client-matching warnings come first; the error ends the run.
    #expect(
      run.stderr.hasSuffix(
        """
        error: no exchange rate into USD for EUR, GBP
          add to "rates" in clientworth.json, with the number of USD one unit is worth:
            "rates": {
              "EUR": <USD per 1 EUR>,
              "GBP": <USD per 1 GBP>
            }

        """))
  }
}
