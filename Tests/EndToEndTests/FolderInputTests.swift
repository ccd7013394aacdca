import Foundation
import TestSupport
import Testing

/// A folder's files (spec §1): one that matches no format is left out with a warning, unless it
/// was named or `--strict` is set; `--recursive` reads sub-folders.
@Suite(.enabled(if: RunClientWorth.binaryPath() != nil, "clientworth is not built"))
struct FolderInputTests {
  static let time = "date,client,hours,rate,currency\n2026-03-02,Acme,2,50,USD\n"
  static let notes = "Date,Minutes,What\n2026-03-03,90,design\n"
  static let leftOut =
    "data/notes.csv: warning: left out: the header matches no known format (a file of a folder that matches no "
    + "format is skipped; name it, or pass --strict, to make it an error)\n"

  private func folder() throws -> Workdir {
    let folder = try Workdir()
    try folder.write("data/time.csv", Self.time)
    try folder.write("data/notes.csv", Self.notes)
    try folder.write("data/2025/time.csv", "date,client,hours,rate,currency\n2025-03-02,Beta,1,50,USD\n")
    return folder
  }

  @Test func aFileOfAFolderThatMatchesNoFormatIsLeftOut() throws {
    let folder = try folder()
    defer { folder.remove() }
    let run = try RunClientWorth.run(["report", "--format", "csv", "data"], in: folder.url)
    #expect(run.status == 0)
    #expect(run.stderr == Self.leftOut)
    #expect(run.stdout.contains("\nclient,Acme,"))
    #expect(!run.stdout.contains("Beta"))
  }

  @Test func strictMakesItAnError() throws {
    let folder = try folder()
    defer { folder.remove() }
    let run = try RunClientWorth.run(["report", "--strict", "data"], in: folder.url)
    #expect(run.status == 65)
    #expect(run.stderr.hasPrefix("data/notes.csv:1:1: error: the header matches no known format\n"))
  }

  @Test func aFileNamedOnTheCommandLineIsAnError() throws {
    let folder = try folder()
    defer { folder.remove() }
    let run = try RunClientWorth.run(["report", "data/time.csv", "data/notes.csv"], in: folder.url)
    #expect(run.status == 65)
    #expect(run.stderr.hasPrefix("data/notes.csv:1:1: error: the header matches no known format\n"))
  }

  @Test func recursiveReadsSubFolders() throws {
    let folder = try folder()
    defer { folder.remove() }
    let run = try RunClientWorth.run(["report", "--recursive", "--format", "csv", "data"], in: folder.url)
    #expect(run.status == 0)
    #expect(run.stderr == Self.leftOut)
    #expect(run.stdout.contains("\nclient,Acme,"))
    #expect(run.stdout.contains("\nclient,Beta,"))
    let inspect = try RunClientWorth.run(["inspect", "-r", "data"], in: folder.url)
    #expect(inspect.stdout.hasPrefix("data/notes.csv\n"))
    #expect(inspect.stdout.contains("\ndata/2025/time.csv\n"))
  }
}

/// The second sample, a freelancer paid through Upwork and Stripe (README), read from its real
/// export shapes: its report, and what the import says about each file.
@Suite(.enabled(if: RunClientWorth.binaryPath() != nil, "clientworth is not built"))
struct PlatformSampleTests {
  @Test func reportIsGolden() throws {
    let run = try RunClientWorth.run(
      ["report", "SampleData/platforms"], in: SampleDataTests.root, environment: SampleDataTests.environment)
    #expect(run.status == 0)
    #expect(Golden.check(run.stdout, named: "sample-platforms-report.txt") == nil)
    #expect(!run.stderr.contains("warning:") && !run.stderr.contains("error:"))
    #expect(run.stderr.contains("note: a 'Failed' charge, not captured: no money moved; skipped"))
    #expect(run.stderr.contains("was refunded $150.00"))
  }

  /// The sample's own folder is not read with SampleData unless asked (`--recursive`).
  @Test func theMainSampleLeavesItOut() throws {
    let run = try RunClientWorth.run(
      ["report", "SampleData", "--format", "csv"], in: SampleDataTests.root, environment: SampleDataTests.environment)
    #expect(!run.stdout.contains("Lakeside Apps"))
  }
}
