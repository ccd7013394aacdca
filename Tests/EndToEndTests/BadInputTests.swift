import Foundation
import TestSupport
import Testing

/// One file (or folder) of the bad-input corpus and what `clientworth report` must do with it.
struct BadInputCase: Sendable, CustomStringConvertible {
  /// A name under `Fixtures/bad-input/`; a folder is run with no file argument from inside it.
  let name: String
  let status: Int32
  /// The first line on standard error, exactly; empty when nothing is said.
  let firstLine: String

  var description: String { name }
}

/// Bad input through the real binary: each case gives the exit code of spec §6 and the first
/// diagnostic, and nothing crashes or hangs.
@Suite struct BadInputTests {
  static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures/bad-input")

  static let cases: [BadInputCase] = [
    .init(
      name: "unterminated-quote.csv", status: 65,
      firstLine: "unterminated-quote.csv:2:57: error: unterminated quoted field: the quote opened here runs to "
        + "the end of the file (1 line); a closing quote is missing"),
    // A quote inside an unquoted field is kept as text (docs/csv.md): the row imports.
    .init(name: "quote-in-unquoted-field.csv", status: 0, firstLine: ""),
    .init(
      name: "too-many-fields.csv", status: 0,
      firstLine: "too-many-fields.csv:2:60: error: the row has 12 fields but the header has 11 "
        + "(an unquoted delimiter inside a value?); row skipped"),
    // A short row is read with the missing cells empty (FileImporter.shapeProblem).
    .init(name: "too-few-fields.csv", status: 0, firstLine: ""),
    .init(
      name: "empty.csv", status: 65,
      firstLine: "empty.csv: error: empty file: no header (the file has no bytes, or only a byte order mark)"),
    .init(
      name: "header-only.csv", status: 0, firstLine: "header-only.csv:1: note: the file has a header and no data rows"),
    .init(name: "blank-lines.csv", status: 0, firstLine: ""),
    .init(
      name: "nul-byte.csv", status: 65,
      firstLine: "nul-byte.csv:2:60: error: NUL byte: the file is binary or UTF-16 without a byte order mark"),
    .init(
      name: "invalid-utf8.csv", status: 0,
      firstLine: "invalid-utf8.csv: note: read as Windows-1252: not valid UTF-8 at line 2, column 16"),
    .init(
      name: "date-feb-30.csv", status: 0,
      firstLine: "date-feb-30.csv:2:1: error: column 'date': '2026-02-30' is not a real day; row skipped"),
    .init(
      name: "date-13-13.csv", status: 0,
      firstLine: "date-13-13.csv:2:1: error: column 'date': '13/13/2026' is not a real day; row skipped"),
    .init(
      name: "amount-two-dots.csv", status: 0,
      firstLine: "amount-two-dots.csv:2:46: error: column 'amount': '12.3.4' is not an amount; row skipped"),
    .init(
      name: "amount-1e400.csv", status: 0,
      firstLine: "amount-1e400.csv:2:46: error: column 'amount': '1e400' is not an amount; row skipped"),
    .init(
      name: "negative-duration.csv", status: 0,
      firstLine: "negative-duration.csv:2:31: error: column 'hours': '-2.5' is a negative duration; row skipped"),
    // 10,000 hours in a day is accepted without a word: see the report to the lead.
    .init(name: "duration-10000-hours.csv", status: 0, firstLine: ""),
    .init(
      name: "paid-before-issued.csv", status: 0,
      firstLine: "paid-before-issued.csv:2:1: warning: invoice INV-1 is marked paid on 2026-03-01, "
        + "before it was issued on 2026-03-10"),
    .init(
      name: "duplicate-invoice.csv", status: 0,
      firstLine: "duplicate-invoice.csv:3:1: error: invoice INV-1 for Acme is listed twice with different figures; "
        + "the first row at duplicate-invoice.csv:2:1 is used; row skipped"),
    .init(
      name: "unknown-invoice", status: 0,
      firstLine: "payments.csv:2:1: warning: payment of $300.00 on 2026-03-20 is for invoice INV-9, which no "
        + "invoice file lists; it is not counted"),
    .init(
      name: "wrong-settings-type", status: 65,
      firstLine: "clientworth.json:3:15: error: costRate: must be a number, found a string"),
    .init(
      name: "no-csv", status: 66,
      firstLine: "error: the current folder has no *.csv file; name the files or a folder to read"),
  ]

  /// Copies a corpus case into a fresh folder and runs `report` on it, as `--verbose` when asked.
  static func run(_ name: String, _ extra: [String] = []) throws -> (ClientWorthRun, Workdir) {
    let folder = try Workdir()
    let source = corpus.appendingPathComponent(name)
    let target = folder.url.appendingPathComponent(name)
    try FileManager.default.copyItem(at: source, to: target)
    var isFolder: ObjCBool = false
    _ = FileManager.default.fileExists(atPath: source.path, isDirectory: &isFolder)
    if isFolder.boolValue {
      return (try RunClientWorth.run(["report"] + extra, in: target), folder)
    }
    return (try RunClientWorth.run(["report", name] + extra, in: folder.url), folder)
  }

  static func firstLine(_ text: String) -> String {
    String(text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
  }

  @Test(arguments: cases) func caseGivesItsStatusAndFirstLine(_ item: BadInputCase) throws {
    let (run, folder) = try Self.run(item.name)
    defer { folder.remove() }
    #expect(!run.killedBySignal)
    #expect(run.status == item.status)
    #expect(Self.firstLine(run.stderr) == item.firstLine)
  }

  @Test func everyCorpusEntryHasACase() throws {
    let names = try FileManager.default.contentsOfDirectory(atPath: Self.corpus.path).sorted()
    #expect(names == Self.cases.map(\.name).sorted())
  }

  /// Runs `report` on generated text and says how long it took.
  static func timedRun(_ contents: String) throws -> (ClientWorthRun, Double) {
    let folder = try Workdir()
    defer { folder.remove() }
    try folder.write("big.csv", contents)
    let start = Date()
    let run = try RunClientWorth.run(["report", "big.csv"], in: folder.url)
    return (run, Date().timeIntervalSince(start))
  }

  @Test func tenMegabyteFieldFinishesQuickly() throws {
    let header = "date,client,project,task,person,hours,billable,rate,amount,currency,description\n"
    let row = "2026-03-02,Acme,Site,Build,me,2.5,yes,100.00,250.00,USD,\"" + String(repeating: "x", count: 10_000_000)
    let (run, seconds) = try Self.timedRun(header + row + "\"\n")
    #expect(!run.killedBySignal)
    #expect(seconds < 10)
    #expect(run.status == 65)
    #expect(
      Self.firstLine(run.stderr)
        == "big.csv:2:57: error: field longer than 1048576 bytes starts here: probably a quote that is never closed")
  }

  /// A million columns used to take about 73 s (matching is formats × names × cells); headers
  /// wider than FormatRecognizer.maxColumns are now refused at once.
  @Test func millionColumnHeaderFinishesQuickly() throws {
    let header = (0..<1_000_000).map { "c\($0)" }.joined(separator: ",")
    let (run, seconds) = try Self.timedRun(header + "\n")
    #expect(!run.killedBySignal)
    #expect(seconds < 5)
    #expect(run.status == 65)
    #expect(
      Self.firstLine(run.stderr)
        == "big.csv:1: error: the header has 1000000 columns; no known format has more than 1000")
  }

  @Test func thousandColumnHeaderIsStillMatched() throws {
    let header = (0..<1_000).map { "c\($0)" }.joined(separator: ",")
    let (run, seconds) = try Self.timedRun(header + "\n")
    #expect(!run.killedBySignal)
    #expect(seconds < 10)
    #expect(run.status == 65)
    #expect(Self.firstLine(run.stderr) == "big.csv:1:1: error: the header matches no known format")
  }
}
