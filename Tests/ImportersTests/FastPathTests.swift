import Domain
import Foundation
import Testing

@testable import Importers

/// Every supported format takes the engine's fast way on a large file: read once (no reason to
/// read again), its general text readers run once per distinct text (not once per row), and a
/// file whose rows stand alone is read in two parts at once. A change that drops a format off
/// that way fails here, whatever the figures say.
@Suite struct FastPathTests {
  /// Formats whose rows depend on the rows before them (a group heading, an invoice's earlier
  /// lines), so that a file is read in one pass.
  static let readInOnePass: Set<String> = [
    "freshbooks invoices", "quickbooks invoices", "xero invoices",
  ]

  static let natives = [
    (
      "time.csv",
      "date,client,project,task,person,hours,billable,rate,amount,currency,description\n"
        + "2026-01-05,Acme,Site,Build,Ann,1.5,yes,100,,USD,\"Call, then \"\"notes\"\"\"\n"
        + "2026-01-06,Bolt Ltd,App,,Bo,0:45,no,,,USD,\n"
    ),
    (
      "invoices.csv",
      "invoice,client,issue_date,due_date,amount,currency,status,paid_date,paid_amount\n"
        + "A1,Acme,2026-01-31,2026-03-02,\"1,234.50\",USD,paid,2026-02-20,1234.50\n"
    ),
    ("payments.csv", "invoice,date,amount,currency\nA1,2026-02-21,10.00,USD\n"),
    ("expenses.csv", "date,client,amount,currency,description\n2026-01-07,Acme,(12.00),USD,refund\n"),
    ("incidents.csv", "date,client,kind,note\n2026-01-08,Acme,Out of hours,Sunday call\n"),
  ]

  static let fixtures = [
    "toggl/detailed.csv", "toggl/time-entries-2026.csv", "clockify/detailed.csv", "clockify/detailed-eu.csv",
    "clockify/detailed-kiosk.csv", "harvest/time.csv", "harvest/time-eu.csv", "harvest/time-2018.csv",
    "kimai/export.csv", "kimai/export-2025.csv", "harvest/invoices.csv",
    "harvest/invoice-payments.csv", "harvest/expenses.csv", "freshbooks/invoice-details.csv",
    "freshbooks/invoice-details-with-due.csv", "quickbooks/ar-aging-detail.csv", "quickbooks/open-invoices.csv",
    "stripe/invoices.csv", "xero/sales-invoices.csv", "invoiceninja/invoices.csv",
  ]

  /// The file with the rows after its header repeated until it has `bytes` bytes or more.
  static func repeated(_ text: String, bytes: Int) -> [UInt8] {
    // Lines split at LF bytes (a CRLF is one `Character`), each keeping its line break.
    var lines = text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { Array($0) + [0x0A] }
    if lines.last == [0x0A] { lines.removeLast() }
    // The header is the first line, or the one after a report's title lines and their blank line.
    let header = lines.prefix(6).lastIndex { $0.allSatisfy { $0 == 0x0A || $0 == 0x0D } }.map { $0 + 1 } ?? 0
    let head = lines[...header].flatMap { $0 }
    let body = lines[(header + 1)...].flatMap { $0 }
    let copies = (bytes - head.count) / body.count + 1
    return head + Array([[UInt8]](repeating: body, count: copies).joined())
  }

  static func statistics(_ bytes: [UInt8], path: String) throws -> (ReadStatistics, String) {
    var options = ImportOptions(currency: Currency(code: "USD"))
    options.chunkBytes = 4096
    let result = try importAccounted([InputFile(path: path, bytes: bytes)], options: options)
    return (try #require(result.statistics.first), try #require(result.files.first).format)
  }

  static func expectFastPath(_ text: String, path: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    // Chunks of 4 KiB: both files are many chunks long.
    let (smaller, format) = try statistics(repeated(text, bytes: 50_000), path: path)
    let (larger, _) = try statistics(repeated(text, bytes: 100_000), path: path)
    for statistics in [smaller, larger] {
      #expect(statistics.rereads == [], "\(format)", sourceLocation: sourceLocation)
      #expect(
        (statistics.rowsInLaterPart > 0) == !readInOnePass.contains(format), "\(format)",
        sourceLocation: sourceLocation)
    }
    // Twice the rows, the same distinct texts: the general readers do no more work.
    #expect(larger.generalCells == smaller.generalCells, "\(format)", sourceLocation: sourceLocation)
    // And the fast way imports what one pass over the file imports.
    let file = InputFile(path: path, bytes: repeated(text, bytes: 50_000))
    let usd = ImportOptions(currency: Currency(code: "USD"))
    #expect(
      ChunkedReadingTests.outcome([file], chunkBytes: 4096, options: usd)
        == ChunkedReadingTests.outcome([file], chunkBytes: Int.max, options: usd), "\(format)",
      sourceLocation: sourceLocation)
  }

  @Test(arguments: fixtures)
  func eachExportTakesTheFastWay(file: String) throws {
    let text = try String(contentsOf: Fixture.folder.appendingPathComponent(file), encoding: .utf8)
    try Self.expectFastPath(text, path: file)
  }

  @Test(arguments: natives.map(\.0))
  func eachNativeFormatTakesTheFastWay(file: String) throws {
    let text = try #require(Self.natives.first { $0.0 == file }).1
    try Self.expectFastPath(text, path: file)
  }
}
