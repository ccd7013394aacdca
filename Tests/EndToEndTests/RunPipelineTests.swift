import Domain
import Importers
import Localization
import TestSupport
import Testing

@testable import ClientWorthCLI

/// The run from arguments to streams and status, in process, with an exact import result fed in
/// where the importer would be: diagnostics, `--verbose`, `--strict`, import errors.
@Suite struct RunPipelineTests {
  typealias Result = InProcessRun

  private func run(
    _ arguments: [String], in folder: Workdir, importer: @escaping RunContext.ImportFunction
  ) -> Result {
    InProcessRun(arguments, in: folder, importer: importer)
  }

  static let usd = Currency(code: "USD")

  /// One hour and one USD invoice for Acme, one skipped row and one warning.
  static func sampleImport() -> ImportResult {
    var ledger = Ledger()
    ledger.timeEntries.append(
      TimeEntry(day: Day(daysSinceEpoch: 20_490), client: ledger.clients.key(for: "Acme"), seconds: 3600))
    if let usd {
      ledger.invoices.append(
        Invoice(
          number: "1", client: ledger.clients.key(for: "Acme"), issued: Day(daysSinceEpoch: 20_500),
          amount: Money(minorUnits: 100_000, currency: usd)))
    }
    return ImportResult(
      ledger: ledger,
      diagnostics: [
        Diagnostic(
          file: "time.csv", line: 3, column: 12, severity: .error, message: "row skipped: hours 'x' is not a number"),
        Diagnostic(file: "invoices.csv", line: nil, column: nil, severity: .warning, message: "a warning"),
      ],
      files: [
        FileSummary(path: "invoices.csv", format: "native invoices", rowsRead: 1, rowsImported: 1, rowsSkipped: 0),
        FileSummary(path: "time.csv", format: "native time", rowsRead: 2, rowsImported: 1, rowsSkipped: 1),
      ])
  }

  private func folderWithInputs() throws -> Workdir {
    let folder = try Workdir()
    try folder.write("time.csv", "date,client,hours\n")
    try folder.write("invoices.csv", "invoice,client,issue_date,amount,currency\n")
    return folder
  }

  @Test func diagnosticsAndVerboseAccountingGoToStandardError() throws {
    let folder = try folderWithInputs()
    defer { folder.remove() }
    let result = run(["report", "--verbose"], in: folder) { _, _ in Self.sampleImport() }
    #expect(result.status == 0)
    #expect(
      result.stderr == """
        invoices.csv: native invoices: 1 rows read, 1 imported, 0 skipped
        time.csv: native time: 2 rows read, 1 imported, 1 skipped
        time.csv:3:12: error: row skipped: hours 'x' is not a number
        invoices.csv: warning: a warning

        """)
  }

  @Test func strictFailsAfterPrintingTheSkippedRows() throws {
    let folder = try folderWithInputs()
    defer { folder.remove() }
    let result = run(["decide", "--strict"], in: folder) { _, _ in Self.sampleImport() }
    #expect(
      result
        == Result(
          status: 65, stdout: "",
          stderr: """
            time.csv:3:12: error: row skipped: hours 'x' is not a number
            invoices.csv: warning: a warning
            error: 1 row was skipped and --strict is set

            """))
  }

  @Test func strictPassesWithWarningsOnly() throws {
    let folder = try folderWithInputs()
    defer { folder.remove() }
    var clean = Self.sampleImport()
    clean.diagnostics.removeFirst()
    let result = run(["report", "--strict"], in: folder) { [clean] _, _ in clean }
    #expect(result.status == 0)
    #expect(result.stderr == "invoices.csv: warning: a warning\n")
  }

  @Test func importErrorsShowThePlaceAndTheDetails() throws {
    let folder = try folderWithInputs()
    defer { folder.remove() }
    let result = run(["report"], in: folder) { _, _ throws(ImportError) in
      throw ImportError(
        file: "time.csv", line: 2, column: 5, text: .untranslated("unterminated quote"),
        details: [.untranslated("    2 | 2026,\"Acme"), .untranslated("      |      ^")])
    }
    #expect(
      result
        == Result(
          status: 65, stdout: "",
          stderr: "time.csv:2:5: error: unterminated quote\n    2 | 2026,\"Acme\n      |      ^\n"))
  }

  @Test func theImporterGetsEveryCSVOfTheFolderInNameOrderAndTheSettings() throws {
    let folder = try Workdir()
    defer { folder.remove() }
    try folder.write("data/b.csv", "b")
    try folder.write("data/a.CSV", "a")
    try folder.write("data/notes.txt", "not read")
    try folder.write("data/sub/c.csv", "not recursive")
    try folder.write("extra.csv", "e")
    try folder.write("data/clientworth.json", #"{"dateOrder": "mdy", "aliases": {"ACME Corp": "Acme"}}"#)
    let result = run(["report", "data", "extra.csv", "./data/b.csv", "--date-order", "dmy"], in: folder) {
      files, options throws(ImportError) in
      let seen = files.map { "\($0.path)=\(String(decoding: (try? $0.readAll()) ?? [], as: UTF8.self))" }
      throw ImportError(
        file: "",
        text: .untranslated(
          seen.joined(separator: " ") + " \(options.dateOrder.map(\.rawValue) ?? "-") \(options.aliases)"))
    }
    #expect(result.stderr == "error: data/a.CSV=a data/b.csv=b extra.csv=e dmy [\"ACME Corp\": \"Acme\"]\n")
  }

  @Test func anUnknownClientIsAUsageError() throws {
    let folder = try folderWithInputs()
    defer { folder.remove() }
    let result = run(["decide", "--client", "Zed", "--cost-rate", "50"], in: folder) { _, _ in Self.sampleImport() }
    #expect(result.status == 64)
    #expect(
      result.stderr.hasSuffix(
        """
        error: no client named 'Zed' in the data
        Usage: clientworth decide [<options>] [<file> ...]
          See 'clientworth decide --help' for more information.

        """))
  }

  @Test func severalCurrenciesNeedACurrencySetting() throws {
    let folder = try folderWithInputs()
    defer { folder.remove() }
    var mixed = Self.sampleImport()
    mixed.diagnostics = []
    if let eur = Currency(code: "EUR") {
      mixed.ledger.expenses.append(
        Expense(
          day: Day(daysSinceEpoch: 20_500), client: ClientKey("Acme"), amount: Money(minorUnits: 5, currency: eur)))
    }
    let failing = run(["report"], in: folder) { [mixed] _, _ in mixed }
    #expect(
      failing
        == Result(
          status: 65, stdout: "",
          stderr: "error: the data has amounts in EUR, USD: set \"currency\" in clientworth.json or pass --currency\n"))
    let missingRate = run(["report", "--currency", "usd"], in: folder) { [mixed] _, _ in mixed }
    #expect(missingRate.status == 65)
    #expect(missingRate.stderr.hasPrefix("error: no exchange rate into USD for EUR\n"))
    try folder.write("clientworth.json", #"{"rates": {"EUR": 1.08}}"#)
    let converted = run(["report", "--currency=USD"], in: folder) { [mixed] _, _ in mixed }
    #expect(converted.status == 0)
    #expect(converted.stderr == "")
  }

  @Test func decideWithoutACostRateSaysHowToSetIt() throws {
    let folder = try folderWithInputs()
    defer { folder.remove() }
    var clean = Self.sampleImport()
    clean.diagnostics = []
    let result = run(["decide"], in: folder) { [clean] _, _ in clean }
    #expect(
      result
        == Result(
          status: 64, stdout: "",
          stderr: """
            error: decide needs a cost rate: what one hour of your time costs you (the yearly pay you want plus your \
            overheads, divided by the hours you bill in a year). Set "costRate" in clientworth.json or pass \
            --cost-rate AMOUNT.
            Usage: clientworth decide [<options>] [<file> ...]
              See 'clientworth decide --help' for more information.

            """))
    let withRate = run(["decide", "--cost-rate", "50"], in: folder) { [clean] _, _ in clean }
    #expect(withRate.status == 0)
  }

  @Test func reportWithoutACostRateShowsProfitUnknownAndNoDecisions() throws {
    let folder = try folderWithInputs()
    defer { folder.remove() }
    var clean = Self.sampleImport()
    clean.diagnostics = []
    let result = run(["report"], in: folder) { [clean] _, _ in clean }
    #expect(result.status == 0)
    #expect(result.stdout.contains("Cost and profit are unknown: no cost rate is set"))
    #expect(result.stdout.contains("Profit is unknown without a cost rate"))
    #expect(!result.stdout.contains("No client loses money"))
    #expect(!result.stdout.contains("Decision"))
  }
}
