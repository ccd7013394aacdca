import Foundation
import TestSupport
import Testing

/// `clientworth inspect` describes each file before any report is run.
@Suite(.enabled(if: RunClientWorth.binaryPath() != nil, "clientworth is not built"))
struct InspectCommandTests {
  static let notes = "Date,Minutes,What\n2025-03-03,90,design\n"

  private func folder(_ files: [String: String]) throws -> Workdir {
    let folder = try Workdir()
    for (name, text) in files { try folder.write(name, text) }
    return folder
  }

  /// Every file's format, rows, dates, clients and diagnostics; a file matching no format shows
  /// its header and the closest formats, and the others are still described (exit 0: the file is
  /// one of the working folder's, which a report leaves out with a warning).
  @Test func describesEveryFileAndTheClientsTheSidesDoNotShare() throws {
    let folder = try folder([
      "toggl.csv": ToolExportData.toggl, "stripe.csv": ToolExportData.stripe,
      "harvest.csv": ToolExportData.harvest, "notes.csv": Self.notes,
    ])
    defer { folder.remove() }
    let run = try RunClientWorth.run(["inspect"], in: folder.url)
    #expect(run.status == 0)
    #expect(run.stderr == "")
    #expect(Golden.check(run.stdout, named: "inspect.txt") == nil)
  }

  @Test func theSuggestedAliasLineJoinsTheClients() throws {
    let folder = try folder(["toggl.csv": ToolExportData.toggl, "stripe.csv": ToolExportData.stripe])
    defer { folder.remove() }
    // Piped with no COLUMNS: no width, so the alias line is whole, as it is copied from.
    let before = try RunClientWorth.run(
      ["inspect", "toggl.csv", "stripe.csv"], in: folder.url, environment: SampleDataTests.environment)
    #expect(before.status == 0)
    let line = #""Kettle and Crane": "Kettle & Crane Ltd""#
    #expect(before.stdout.contains("add to \"aliases\" in clientworth.json: \(line)\n"))
    try folder.write("clientworth.json", "{\"aliases\": {\(line)}}")
    let after = try RunClientWorth.run(["inspect", "toggl.csv", "stripe.csv"], in: folder.url)
    #expect(after.status == 0)
    #expect(!after.stdout.contains("Kettle and Crane"))
    #expect(
      after.stdout.hasSuffix("Clients in invoices but not in time logs:\n  Pine & Pixel: no close name in time logs\n"))
  }

  /// Clients named "Last, First" (a real Toggl export's) are listed with semicolons, so each name
  /// stays one.
  @Test func clientNamesWithCommasAreListedWithSemicolons() throws {
    let folder = try folder([
      "time.csv": "date,client,hours,currency\n2025-03-03,\"Seshan, Venkat\",2,USD\n2025-03-04,\"Bach, Peter\",1,USD\n"
    ])
    defer { folder.remove() }
    let run = try RunClientWorth.run(["inspect", "time.csv"], in: folder.url)
    #expect(run.status == 0)
    #expect(run.stdout.contains("clients:     Bach, Peter; Seshan, Venkat\n"))
  }

  /// As a report leaves a folder's file that matches no format out with a warning, inspect shows
  /// it and succeeds; named on the command line, the same file is exit 65.
  @Test func aFoldersFileOfNoFormatIsShownWithoutFailing() throws {
    let folder = try folder(["toggl.csv": ToolExportData.toggl, "notes.csv": "a,b,c\n1,2,3\n"])
    defer { folder.remove() }
    let inFolder = try RunClientWorth.run(["inspect", "."], in: folder.url)
    #expect(inFolder.status == 0)
    #expect(inFolder.stdout.contains("the header matches no known format"))
    let named = try RunClientWorth.run(["inspect", "toggl.csv", "notes.csv"], in: folder.url)
    #expect(named.status == 65)
  }

  /// A file whose every row is skipped is shown, row by row, and is exit 65, as a report of it
  /// would be; one good row makes it exit 0.
  @Test func aFileOfOnlySkippedRowsIsExit65() throws {
    let bad = "date,client,hours\nnot-a-date,Acme,2\nalso-bad,Acme,3\n"
    let folder = try folder(["bad.csv": bad, "mixed.csv": bad + "2026-03-02,Acme,1\n"])
    defer { folder.remove() }
    let run = try RunClientWorth.run(["inspect", "bad.csv"], in: folder.url)
    #expect(run.status == 65)
    #expect(run.stdout.contains("2 read, 0 imported, 2 skipped"))
    #expect(run.stdout.contains("bad.csv:3:1: error: column 'date': 'also-bad' is not a date"))
    #expect(try RunClientWorth.run(["inspect", "mixed.csv"], in: folder.url).status == 0)
    #expect(try RunClientWorth.run(["report", "bad.csv", "--currency", "USD"], in: folder.url).status == 65)
  }

  @Test func aMissingFileIsExit66() throws {
    let folder = try Workdir()
    defer { folder.remove() }
    let run = try RunClientWorth.run(["inspect", "nope.csv"], in: folder.url)
    #expect(run.status == 66)
    #expect(run.stderr == "nope.csv: error: no such file or folder\n")
  }
}
