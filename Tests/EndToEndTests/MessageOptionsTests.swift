import Analysis
import Domain
import Importers
import Localization
import TestSupport
import Testing

@testable import ClientWorthCLI

/// `--quiet`, `--color`, the settings' warnings and the run date, in process: the importer is
/// replaced by an exact result and the terminal and the day are given.
@Suite struct MessageOptionsTests {
  typealias Result = InProcessRun

  static let today = Day(year: 2026, month: 11, day: 18) ?? Day(daysSinceEpoch: 0)

  private func run(
    _ arguments: [String], in folder: Workdir, terminal: Terminal = .none,
    importer: @escaping RunContext.ImportFunction = { _, _ in MessageOptionsTests.sampleImport() }
  ) -> Result {
    InProcessRun(
      arguments, in: folder, environment: ["COLUMNS": "100"], terminal: terminal, today: Self.today, importer: importer)
  }

  /// Acme: one USD invoice issued 2026-08-10; one skipped row, one warning, one name only the time
  /// logs know.
  static func sampleImport() -> ImportResult {
    var ledger = Ledger()
    if let usd = Currency(code: "USD"), let issued = Day(year: 2026, month: 8, day: 10) {
      ledger.invoices.append(
        Invoice(
          number: "1", client: ledger.clients.key(for: "Acme"), issued: issued,
          amount: Money(minorUnits: 100_000, currency: usd)))
    }
    var result = ImportResult(
      ledger: ledger,
      diagnostics: [
        Diagnostic(file: "time.csv", line: 3, column: 12, severity: .error, message: "row skipped: bad hours"),
        Diagnostic(file: "invoices.csv", line: nil, column: nil, severity: .warning, message: "a warning"),
        Diagnostic(file: "invoices.csv", line: nil, column: nil, severity: .note, message: "a note"),
      ],
      files: [])
    result.clientMismatches = [
      ClientMismatch(client: ClientKey("Acme Corp"), name: "Acme Corp", side: .timeLogs, suggestion: "Acme")
    ]
    return result
  }

  private func folder(settings: String? = nil) throws -> Workdir {
    let folder = try Workdir()
    try folder.write("time.csv", "date,client,hours\n")
    if let settings { try folder.write("clientworth.json", settings) }
    return folder
  }

  @Test func quietKeepsOnlyErrors() throws {
    let folder = try folder(settings: #"{"clients": {"Zed": {"wrapUpHours": 2}}}"#)
    defer { folder.remove() }
    let loud = run(["report"], in: folder)
    #expect(loud.status == 0)
    #expect(
      loud.stderr == """
        time.csv:3:12: error: row skipped: bad hours
        invoices.csv: warning: a warning
        invoices.csv: note: a note
        warning: client 'Acme Corp' appears in time logs but not in invoices; closest in invoices: 'Acme'. If they are one client, add to "aliases" in clientworth.json: "Acme Corp": "Acme"
        clientworth.json:1:14: warning: clients."Zed": 'Zed' is not a client in the data, so the entry is ignored
        warning: no time log: every client has 0 hours, so effective rates, cost and profit leave out your time (add a time export to judge the clients)

        """)
    for quiet in ["--quiet", "-q"] {
      let result = run(["report", quiet], in: folder)
      #expect(
        result == Result(status: 0, stdout: loud.stdout, stderr: "time.csv:3:12: error: row skipped: bad hours\n"))
    }
    // Errors that stop the run are never quiet.
    let strict = run(["report", "-q", "--strict"], in: folder)
    #expect(strict.status == 65)
    #expect(strict.stderr.hasSuffix("error: 1 row was skipped and --strict is set\n"))
  }

  /// The settings' warnings are diagnostics of the JSON too, quiet or not.
  @Test func settingsWarningsReachTheJSON() throws {
    let folder = try folder(settings: #"{"aliases": {"ACME Inc": "Acme Incorporated"}}"#)
    defer { folder.remove() }
    let result = run(["report", "--format", "json", "-q"], in: folder)
    #expect(result.status == 0)
    #expect(result.stdout.contains(#""file": "clientworth.json""#))
    #expect(result.stdout.contains("is not a client in the data, so the entry is ignored"))
  }

  @Test(arguments: [
    (["report"], false, true), (["report", "--color", "never"], false, false),
    (["report", "--color", "always"], false, true), (["report", "--color=always"], true, true),
    (["report", "--color", "auto"], true, false), (["report", "-o", "out.txt"], false, false),
    (["report", "-o", "out.txt", "--color", "always"], false, true),
  ])
  func colourFollowsTheChoiceThenTheTerminal(arguments: [String], noTerminal: Bool, colored: Bool) throws {
    let folder = try folder()
    defer { folder.remove() }
    let terminal = noTerminal ? Terminal.none : Terminal(isTTY: true, ttyWidth: 100)
    let result = run(arguments, in: folder, terminal: terminal)
    #expect(result.status == 0)
    let text = arguments.contains("-o") ? (try folder.read("out.txt")) : result.stdout
    #expect(text.contains("\u{1B}[") == colored)
  }

  /// `today`, `yesterday` and relative periods count from the day the run is given.
  @Test func relativeDatesCountFromTheRunDate() throws {
    let folder = try folder()
    defer { folder.remove() }
    let quarter = run(["report", "-p", "last quarter"], in: folder)
    #expect(quarter.stdout.hasPrefix("Client profitability as of 2026-08-10 · period: 2026-07-01 – 2026-09-30"))
    let today = run(["report", "--as-of", "today", "--from", "yesterday"], in: folder)
    #expect(today.stdout.hasPrefix("Client profitability as of 2026-11-18 · period: from 2026-11-17 ·"))
  }

  /// A value the command line cannot use stops the run before anything is read.
  @Test func badValuesStopBeforeTheImport() throws {
    let folder = try folder()
    defer { folder.remove() }
    for arguments in [
      ["decide", "--currency", "JPY", "--refund", "0.5"], ["report", "--cost-rate", "12.345", "--currency", "USD"],
      ["report", "--to", "today", "--from", "2027-01-01"],
    ] {
      let result = run(arguments, in: folder) { _, _ throws(ImportError) in
        throw ImportError(file: "", text: .untranslated("the importer was called"))
      }
      #expect(result.status == 64, "\(arguments)")
      #expect(!result.stderr.contains("the importer was called"), "\(arguments)")
    }
  }
}
