import Domain
import Foundation
import Importers
import TestSupport
import Testing

/// Runs of the real binary over real native CSV files.
@Suite struct ImportedDataTests {
  static let timeCSV = """
    date,client,project,task,person,hours,billable,rate,amount,currency,description
    2026-03-02,Acme,Site,Build,me,2.5,yes,100.00,250.00,USD,first day
    2026-03-03,Acme,Site,Build,me,lots,yes,100.00,,USD,a bad row

    """

  @Test func aSkippedRowIsAnErrorDiagnosticAndStrictFails() throws {
    let folder = try Workdir()
    defer { folder.remove() }
    try folder.write("time.csv", Self.timeCSV)
    let lenient = try RunClientWorth.run(["report", "--verbose", "--cost-rate", "40"], in: folder.url)
    #expect(lenient.status == 0)
    #expect(lenient.stderr.hasPrefix("time.csv: native time: 2 rows read, 1 imported, 1 skipped\ntime.csv:3:"))
    #expect(lenient.stderr.contains(": error: "))
    let strict = try RunClientWorth.run(["report", "--strict"], in: folder.url)
    #expect(strict.status == 65)
    #expect(strict.stdout == "")
    #expect(strict.stderr.hasPrefix("time.csv:3:"))
    #expect(strict.stderr.hasSuffix("error: 1 row was skipped and --strict is set\n"))
  }

  /// A file read again says why under `--verbose`: here a byte past the first chunk (1 MiB) that
  /// is not UTF-8 (Windows-1252 `é`), so that the whole file is decoded again at once.
  @Test func aFileReadAgainSaysWhyUnderVerbose() throws {
    let folder = try Workdir()
    defer { folder.remove() }
    var bytes = Array("date,client,hours,description\n".utf8)
    for day in 0..<40_000 { bytes += Array("2026-03-\(10 + day % 9),Acme,1.5,a day of work on the site\n".utf8) }
    bytes += Array("2026-03-20,Caf".utf8) + [0xE9] + Array(",2,the last day\n".utf8)
    try Data(bytes).write(to: folder.url.appendingPathComponent("time.csv"))
    let run = try RunClientWorth.run(["report", "--verbose", "--cost-rate", "40"], in: folder.url)
    #expect(run.status == 0)
    #expect(
      run.stderr.hasPrefix(
        "time.csv: native time: 40001 rows read, 40001 imported, 0 skipped\n"
          + "time.csv: read again: a later chunk is not plain UTF-8: read again whole, decoded at once\n"))
    #expect(run.stdout.contains("Café"))
  }

  @Test func jsonCarriesTheImportersDiagnostics() throws {
    let folder = try Workdir()
    defer { folder.remove() }
    try folder.write("time.csv", Self.timeCSV)
    let run = try RunClientWorth.run(["report", "--format", "json", "--cost-rate", "40"], in: folder.url)
    #expect(run.status == 0)
    let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
    let diagnostics = try #require(object?["diagnostics"] as? [[String: Any]])
    let skipped = try #require(diagnostics.first { $0["severity"] as? String == "error" })
    #expect(skipped["file"] as? String == "time.csv")
    #expect(skipped["line"] as? Int == 3)
    #expect(object?["currency"] as? String == "USD")
  }

  @Test func colourNeverReachesAPipeOrAFile() throws {
    let folder = try Workdir()
    defer { folder.remove() }
    try folder.write("time.csv", Self.timeCSV)
    let run = try RunClientWorth.run(["report"], in: folder.url, environment: ["COLUMNS": "100", "TERM": "xterm"])
    #expect(run.status == 0)
    #expect(!run.stdout.isEmpty)
    #expect(!run.stdout.contains("\u{1B}["))
  }

  @Test func aClientOnlyOneSideKnowsIsAWarningWithTheAliasToAdd() throws {
    let folder = try Workdir()
    defer { folder.remove() }
    try folder.write("time.csv", "date,client,hours\n2026-03-02,Acme Corp,2\n")
    try folder.write(
      "invoices.csv", "invoice,client,issue_date,amount,currency\n1,Acme Corporation,2026-03-03,200.00,USD\n")
    let run = try RunClientWorth.run(["report"], in: folder.url)
    #expect(run.status == 0)
    #expect(
      run.stderr.contains(
        "warning: client 'Acme Corp' appears in time logs but not in invoices; closest in invoices: "
          + "'Acme Corporation'. If they are one client, add to \"aliases\" in clientworth.json: "
          + "\"Acme Corp\": \"Acme Corporation\""))
  }

  @Test func theSettingsCurrencyGivesAmountsWithoutOne() throws {
    let folder = try Workdir()
    defer { folder.remove() }
    try folder.write("time.csv", "date,client,hours,amount\n2026-03-02,Acme,2,200.00\n")
    try folder.write("clientworth.json", "{\"currency\": \"EUR\"}")
    let run = try RunClientWorth.run(["report", "--format", "json"], in: folder.url)
    #expect(run.status == 0)
    #expect(run.stdout.contains("\"currency\": \"EUR\""))
  }
}
