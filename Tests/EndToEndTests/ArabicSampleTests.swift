import Foundation
import TestSupport
import Testing

/// SampleData in Arabic through the real binary: the report, the cards, one letter of each tone,
/// the trend, the page, one client's whole explanation, one figure's and a combined what-if, each
/// a golden file (issue 24). The English runs are `SampleDataTests`.
@Suite struct ArabicSampleTests {
  static let root = SampleDataTests.root
  /// Arabic from `LANG`, as a person's terminal would ask for it; no `COLUMNS`: laid out whole.
  static let environment = ["NO_COLOR": "1", "PATH": "/usr/bin:/bin", "LANG": "ar_EG.UTF-8"]

  @Test(arguments: [
    (["report"], "sample-report-ar.txt"),
    (["report", "--digits", "arabic"], "sample-report-ar-digits.txt"),
    (["report", "--format", "markdown"], "sample-report-ar.md"),
    (["report", "--format", "html"], "sample-report-ar.html"),
    (["decide"], "sample-decide-ar.txt"),
    (["decide", "--format", "json"], "sample-decide-ar.json"),
    (["trend"], "sample-trend-ar.txt"),
    (["explain", "مكتبة الورّاق"], "explain-ar.txt"),
    (["explain", "Kettle & Crane Ltd", "effectiveRate"], "explain-ar-effective-rate.txt"),
    (Array(WhatIfCommandTests.combined), "whatif-ar.txt"),
  ])
  func sampleOutputs(arguments: [String], golden: String) throws {
    let run = try RunClientWorth.run(arguments + ["SampleData"], in: Self.root, environment: Self.environment)
    #expect(run.status == 0)
    #expect(run.stderr == "")
    #expect(Golden.check(run.stdout, named: golden) == nil)
  }

  /// The README shows `report --lang ar` exactly as it runs.
  @Test func readmeShowsTheArabicTable() throws {
    let readme = try String(contentsOf: Self.root.appendingPathComponent("README.md"), encoding: .utf8)
    let table = try RunClientWorth.run(
      ["report", "SampleData", "--lang", "ar"], in: Self.root, environment: SampleDataTests.environment
    ).stdout
    #expect(readme.contains("```\n$ swift run clientworth report SampleData --lang ar\n" + table + "```\n"))
  }

  /// `--lang ar` wins over an English environment, and `--lang en` over an Arabic one.
  @Test func theFlagWinsOverTheEnvironment() throws {
    var english = Self.environment
    english["LANG"] = "en_US.UTF-8"
    let arabic = try RunClientWorth.run(["report", "SampleData", "--lang", "ar"], in: Self.root, environment: english)
    let fromEnvironment = try RunClientWorth.run(
      ["report", "SampleData"], in: Self.root, environment: Self.environment)
    #expect(arabic.stdout == fromEnvironment.stdout)
    let back = try RunClientWorth.run(
      ["report", "--lang", "en", "SampleData"], in: Self.root, environment: Self.environment)
    #expect(back.stdout.hasPrefix("Client profitability as of 2026-10-30"))
  }

  /// On a terminal of 80 and 120 columns the Arabic table keeps its columns lined up: every row
  /// of the table is as wide as its rule, counted in display columns.
  @Test(arguments: ["80", "120"])
  func tableOnATerminal(columns: String) throws {
    var environment = Self.environment
    environment["COLUMNS"] = columns
    let run = try RunClientWorth.run(["report", "SampleData"], in: Self.root, environment: environment)
    #expect(Golden.check(run.stdout, named: "sample-report-ar-\(columns).txt") == nil)
  }

  /// Every draft: one of each tone (a rate proposal, a fix, a follow-up, a phase-out, a contract's
  /// end, a parting after a failed fix, and the firm, brief, final one after abuse).
  @Test func lettersOfEachTone() throws {
    let folder = try Workdir()
    defer { folder.remove() }
    let run = try RunClientWorth.run(
      ["decide", "SampleData", "--letters", folder.path], in: Self.root, environment: Self.environment)
    #expect(run.status == 0)
    var all = ""
    for name in try folder.listing() {
      all += "=== \(name)\n" + (try folder.read(name)) + "\n"
    }
    #expect(Golden.check(all, named: "sample-letters-ar.txt") == nil)
  }
}
