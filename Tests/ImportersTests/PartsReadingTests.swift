import Domain
import Foundation
import Testing

@testable import Importers

/// A large time export is read in two parts at once; what it imports must be what one pass imports.
@Suite struct PartsReadingTests {
  static let togglHeaderBytes = ChunkedReadingTests.toggl(rows: 0) { _ in "" }.count

  static func options(chunkBytes: Int) -> ImportOptions {
    var options = ImportOptions()
    options.chunkBytes = chunkBytes
    return options
  }

  /// How `importInParts` ends for `bytes`: "imported", another outcome, or "one pass" (nil).
  static func partsOutcome(_ bytes: [UInt8], chunkBytes: Int) -> String {
    let file = InputFile(path: "t.csv", bytes: bytes)
    let importer = FileImporter(file: file, options: options(chunkBytes: chunkBytes))
    guard var text = try? FileText.open(file, chunkBytes: chunkBytes) else { return "unreadable" }
    var ledger = Ledger()
    var diagnostics: [Diagnostic] = []
    switch importer.importInParts(of: &text, decided: nil, into: &ledger, diagnostics: &diagnostics) {
    case .imported?: return "imported \(ledger.timeEntries.count) entries, \(diagnostics.count) diagnostics"
    case .some(let other): return "\(other)"
    case nil: return "one pass"
    }
  }

  @Test func aLargeTimeExportIsReadInTwoPartsAsInOnePass() {
    // A bad row in each half: their messages must name the same lines as one pass does.
    let bad = "P,p@x.example,Harbor Analytics,Web,Dev,x,Yes,2025-03-01,09:00:00,2025-03-01,10:00:00,soon,,1.00\n"
    var bytes = ChunkedReadingTests.toggl(rows: 200) { "2025-02-\(10 + $0 % 9)" }
    bytes +=
      Array(bad.utf8)
      + ChunkedReadingTests.toggl(rows: 201) { "2025-01-\(10 + $0 % 9)" }.dropFirst(Self.togglHeaderBytes)
    bytes += Array(bad.utf8)
    let file = InputFile(path: "t.csv", bytes: bytes)
    #expect(Self.partsOutcome(bytes, chunkBytes: 2048) == "imported 18 entries, 2 diagnostics")
    let inParts = ChunkedReadingTests.outcome([file], chunkBytes: 2048)
    #expect(inParts == ChunkedReadingTests.outcome([file], chunkBytes: Int.max))
    #expect(inParts.contains("t.csv:402:"))
    #expect(inParts.contains("t.csv:805:"))
  }

  /// Parts with many entries each have their ledger entries made on both cores at once: each
  /// client's run holds the first part's entries, then the second's, as one pass orders them.
  @Test func manyEntriesAreMadeFromBothPartsAtOnceInOnePassOrder() {
    let rows = 8_000 * 3
    #expect(rows / 2 > TimeFold.entriesWorthAThread)
    let bytes = ChunkedReadingTests.toggl(rows: rows) { Day(daysSinceEpoch: Int32(19_000 + $0 / 3)).description }
    let file = InputFile(path: "t.csv", bytes: bytes)
    #expect(Self.partsOutcome(bytes, chunkBytes: 1 << 16) == "imported \(rows) entries, 0 diagnostics")
    let inParts = ChunkedReadingTests.outcome([file], chunkBytes: 1 << 16)
    #expect(inParts == ChunkedReadingTests.outcome([file], chunkBytes: Int.max))
  }

  /// In date order, the second part's entries of days after the first part's are appended as
  /// they are, and those of the day the cut falls on fold into the first part's; a second part
  /// that goes back to days before the cut's folds into the first part's entries of those days.
  /// Both as one pass would.
  @Test(arguments: [
    // January 10–17 with three clients each, then February 10–18 with one client each: 8 × 3 + 9.
    ("2025-02-", 9, "imported 33 entries, 0 diagnostics"),
    // January 10–17 with three clients each, in both parts.
    ("2025-01-", 8, "imported 24 entries, 0 diagnostics"),
  ])
  func theSecondPartsEntriesFoldAsInOnePass(laterMonth: String, laterDays: Int, expected: String) {
    let bytes =
      ChunkedReadingTests.toggl(rows: 300) { "2025-01-\(10 + $0 / 40)" }
      + ChunkedReadingTests.toggl(rows: 300) { $0 < 60 ? "2025-01-17" : "\(laterMonth)\(10 + $0 % laterDays)" }
      .dropFirst(Self.togglHeaderBytes)
    let file = InputFile(path: "t.csv", bytes: bytes)
    #expect(Self.partsOutcome(bytes, chunkBytes: 2048) == expected)
    #expect(
      ChunkedReadingTests.outcome([file], chunkBytes: 2048) == ChunkedReadingTests.outcome([file], chunkBytes: Int.max))
  }

  @Test func aCutInsideQuotesIsFoundOutAndTheFileReadInOnePass() {
    // One description, in quotes and over many lines, spans the middle of the file; its lines
    // read as records of the header's width, so the cut is made inside it.
    let long = String(repeating: "a,b,c,d,e,f,g,h,i,j,k,l,m,n\n", count: 1000)
    let row =
      "P,p@x.example,Zoë Café,Web,Dev,\"\(long)\",Yes,2025-02-03,09:00:00,2025-02-03,10:00:00,01:00:00,,150.00\n"
    let bytes =
      ChunkedReadingTests.toggl(rows: 20) { "2025-02-\(10 + $0 % 9)" } + Array(row.utf8)
      + ChunkedReadingTests.toggl(rows: 20) { "2025-01-\(10 + $0 % 9)" }.dropFirst(Self.togglHeaderBytes)
    #expect(Self.partsOutcome(bytes, chunkBytes: 1024) == "one pass")
    let file = InputFile(path: "t.csv", bytes: bytes)
    #expect(
      ChunkedReadingTests.outcome([file], chunkBytes: 1024) == ChunkedReadingTests.outcome([file], chunkBytes: Int.max))
  }

  @Test func aFileSmallerThanFourChunksIsReadInOnePass() {
    let bytes = ChunkedReadingTests.toggl(rows: 20) { "2025-02-\(10 + $0 % 9)" }
    #expect(Self.partsOutcome(bytes, chunkBytes: bytes.count / 3) == "one pass")
  }

  @Test func anInvoiceExportIsReadInOnePass() {
    var text = "invoice,client,issue_date,due_date,amount,currency,paid_date,paid_amount\n"
    for row in 0..<300 { text += "INV-\(row),Harbor Analytics,2025-01-02,2025-02-01,100.00,USD,2025-01-20,100.00\n" }
    #expect(Self.partsOutcome(Array(text.utf8), chunkBytes: 1024) == "one pass")
  }
}
