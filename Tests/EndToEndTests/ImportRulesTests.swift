import Foundation
import TestSupport
import Testing

/// Issue 20's import rules as the command line shows them: time without a client, a file without a
/// currency, a run where every row was skipped.
@Suite(.enabled(if: RunClientWorth.binaryPath() != nil, "clientworth is not built"))
struct ImportRulesTests {
  /// Tracked by project only: the project stands for the client, said once; the run reports.
  static let projectsOnly =
    "date,client,project,hours,rate,currency\n2026-03-02,,Site,2,50,USD\n2026-03-03,,Site,1,50,USD\n"

  @Test func timeWithoutAClientTakesItsProject() throws {
    let folder = try Workdir()
    defer { folder.remove() }
    try folder.write("time.csv", Self.projectsOnly)
    let run = try RunClientWorth.run(["report", "--format", "csv", "time.csv"], in: folder.url)
    #expect(run.status == 0)
    #expect(run.stdout.contains("\nclient,Site,"))
    #expect(
      run.stderr
        == "time.csv:1: note: column 'client' is empty on 2 time rows: each takes its project ('project') as the "
        + "client (set \"timeWithoutClient\" to \"skip\" to leave such time out)\n")
  }

  /// With the rule turned off every row is skipped: the run stops rather than report "as of 1970-01-01".
  @Test func everyRowSkippedStopsTheRun() throws {
    let folder = try Workdir()
    defer { folder.remove() }
    try folder.write("time.csv", Self.projectsOnly)
    let run = try RunClientWorth.run(["report", "--time-without-client", "skip", "time.csv"], in: folder.url)
    #expect(run.status == 65)
    #expect(run.stdout == "")
    #expect(!run.stdout.contains("1970"))
    #expect(
      run.stderr.hasSuffix(
        "error: all 2 rows read were skipped: there is nothing to report on (see the messages above)\n"))
  }

  /// Time for no client and no project is a skipped row: `--strict` fails on it.
  @Test func timeForNoClientFailsStrict() throws {
    let folder = try Workdir()
    defer { folder.remove() }
    try folder.write("time.csv", Self.projectsOnly + "2026-03-04,,,1,50,USD\n")
    let run = try RunClientWorth.run(["report", "--strict", "time.csv"], in: folder.url)
    #expect(run.status == 65)
    #expect(
      run.stderr.contains(
        "time.csv:4:12: error: columns 'client' and 'project' are empty: time not counted for any client "
          + "(internal work?); row skipped"))
    #expect(run.stderr.hasSuffix("error: 1 row was skipped and --strict is set\n"))
  }

  /// A file without a currency column and no `currency` setting stops the run, naming the file.
  @Test func noCurrencyAndNoSettingStopsTheRun() throws {
    let folder = try Workdir()
    defer { folder.remove() }
    try folder.write("time.csv", "date,client,hours,rate\n2026-03-02,Acme,2,50\n")
    let run = try RunClientWorth.run(["report", "time.csv"], in: folder.url)
    #expect(run.status == 65)
    #expect(
      run.stderr
        == "time.csv:2:1: error: this amount has no currency (no currency column, none in the header) and none is "
        + "set (currencies seen: none); a currency is never assumed: add a currency column, or set \"currency\" in "
        + "clientworth.json (or pass --currency)\n")
    let set = try RunClientWorth.run(["report", "--currency", "EUR", "--format", "csv", "time.csv"], in: folder.url)
    #expect(set.status == 0)
    #expect(
      set.stderr
        == "time.csv: note: 1 amount names no currency (no currency column, none in the header): read as EUR, the "
        + "\"currency\" setting\n")
  }
}
