import Domain
import Foundation
import Testing

@testable import Importers

/// A large file whose rows stand alone is read in two parts at once; what it imports must be
/// what one pass imports.
@Suite struct PartsReadingTests {
  static let togglHeaderBytes = ChunkedReadingTests.toggl(rows: 0) { _ in "" }.count

  /// How `bytes` were read with chunks of `chunkBytes`.
  static func statistics(_ bytes: [UInt8], chunkBytes: Int) throws -> ReadStatistics {
    var options = ImportOptions()
    options.chunkBytes = chunkBytes
    let result = try importAccounted([InputFile(path: "t.csv", bytes: bytes)], options: options)
    return try #require(result.statistics.first)
  }

  /// Reads `bytes` in parts and in one pass and expects the same import, in parts.
  static func expectPartsAsOnePass(_ bytes: [UInt8], chunkBytes: Int, sourceLocation: SourceLocation = #_sourceLocation)
    throws -> String
  {
    let file = InputFile(path: "t.csv", bytes: bytes)
    let inParts = ChunkedReadingTests.outcome([file], chunkBytes: chunkBytes)
    #expect(inParts == ChunkedReadingTests.outcome([file], chunkBytes: Int.max), sourceLocation: sourceLocation)
    let statistics = try statistics(bytes, chunkBytes: chunkBytes)
    #expect(statistics.rowsInLaterPart > 0, sourceLocation: sourceLocation)
    #expect(statistics.rereads == [], sourceLocation: sourceLocation)
    return inParts
  }

  @Test func aLargeTimeExportIsReadInTwoPartsAsInOnePass() throws {
    // A bad row in each half: their messages must name the same lines as one pass does.
    let bad = "P,p@x.example,Harbor Analytics,Web,Dev,x,Yes,2025-03-01,09:00:00,2025-03-01,10:00:00,soon,,1.00\n"
    var bytes = ChunkedReadingTests.toggl(rows: 200) { "2025-02-\(10 + $0 % 9)" }
    bytes +=
      Array(bad.utf8)
      + ChunkedReadingTests.toggl(rows: 201) { "2025-01-\(10 + $0 % 9)" }.dropFirst(Self.togglHeaderBytes)
    bytes += Array(bad.utf8)
    let inParts = try Self.expectPartsAsOnePass(bytes, chunkBytes: 2048)
    #expect(inParts.contains("t.csv:402:"))
    #expect(inParts.contains("t.csv:805:"))
  }

  /// Entries of one key in both parts fold into one; each client's entries stay together.
  @Test(arguments: [
    // January 10–17 with three clients each, then February 10–18 with one client each.
    ("2025-02-", 9),
    // January 10–17 with three clients each, in both parts.
    ("2025-01-", 8),
  ])
  func theSecondPartsEntriesFoldAsInOnePass(laterMonth: String, laterDays: Int) throws {
    let bytes =
      ChunkedReadingTests.toggl(rows: 300) { "2025-01-\(10 + $0 / 40)" }
      + ChunkedReadingTests.toggl(rows: 300) { $0 < 60 ? "2025-01-17" : "\(laterMonth)\(10 + $0 % laterDays)" }
      .dropFirst(Self.togglHeaderBytes)
    _ = try Self.expectPartsAsOnePass(bytes, chunkBytes: 2048)
  }

  @Test func aCutInsideQuotesIsFoundOutAndTheFileReadInOnePass() throws {
    // One description, in quotes and over many lines, spans the middle of the file; its lines
    // read as records of the header's width, so the cut is made inside it.
    let long = String(repeating: "a,b,c,d,e,f,g,h,i,j,k,l,m,n\n", count: 1000)
    let row =
      "P,p@x.example,Zoë Café,Web,Dev,\"\(long)\",Yes,2025-02-03,09:00:00,2025-02-03,10:00:00,01:00:00,,150.00\n"
    let bytes =
      ChunkedReadingTests.toggl(rows: 20) { "2025-02-\(10 + $0 % 9)" } + Array(row.utf8)
      + ChunkedReadingTests.toggl(rows: 20) { "2025-01-\(10 + $0 % 9)" }.dropFirst(Self.togglHeaderBytes)
    let statistics = try Self.statistics(bytes, chunkBytes: 1024)
    #expect(statistics.rereads == [.cutInsideRecord])
    #expect(statistics.rowsInLaterPart == 0)
    let file = InputFile(path: "t.csv", bytes: bytes)
    #expect(
      ChunkedReadingTests.outcome([file], chunkBytes: 1024) == ChunkedReadingTests.outcome([file], chunkBytes: Int.max))
  }

  @Test func aFileSmallerThanFourChunksIsReadInOnePass() throws {
    let bytes = ChunkedReadingTests.toggl(rows: 20) { "2025-02-\(10 + $0 % 9)" }
    #expect(try Self.statistics(bytes, chunkBytes: bytes.count / 3).rowsInLaterPart == 0)
  }

  /// Invoices stand alone too; line items that add up to one invoice do not, and are read in one pass.
  @Test func invoicesAreReadInPartsUnlessTheirLinesAddUp() throws {
    var native = "invoice,client,issue_date,due_date,amount,currency,paid_date,paid_amount\n"
    var lines = "Client Name,Invoice #,Date Issued,Invoice Status,Date Paid,Line Total,Currency\n"
    for row in 0..<300 {
      native += "INV-\(row),Harbor Analytics,2025-01-02,2025-02-01,100.00,USD,2025-01-20,100.00\n"
      lines += "Harbor Analytics,\(row / 3),2025-01-02,paid,2025-01-20,100.00,USD\n"
    }
    _ = try Self.expectPartsAsOnePass(Array(native.utf8), chunkBytes: 1024)
    #expect(try Self.statistics(Array(lines.utf8), chunkBytes: 1024).rowsInLaterPart == 0)
  }
}
