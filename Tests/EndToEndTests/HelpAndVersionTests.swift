import Foundation
import TestSupport
import Testing

/// Help and `--version` go to standard output with status 0 (argument-parser's `CleanExit`); the
/// help of every command is a golden file, made from the same declarations as parsing.
@Suite struct HelpAndVersionTests {
  @Test(arguments: [["--help"], ["-h"], ["help"], []])
  func topLevelHelp(arguments: [String]) throws {
    let folder = try Workdir()
    defer { folder.remove() }
    let run = try RunClientWorth.run(arguments, in: folder.url)
    #expect(run.status == 0)
    #expect(run.stderr == "")
    #expect(Golden.check(run.stdout, named: "help.txt") == nil)
  }

  /// Each command's help at 100 columns: every option, its value, limits and default, aligned.
  @Test(arguments: ["report", "decide", "trend", "explain", "whatif", "inspect", "formats", "completions"])
  func commandHelp(command: String) throws {
    let folder = try Workdir()
    defer { folder.remove() }
    let run = try RunClientWorth.run([command, "--help"], in: folder.url)
    #expect(run.status == 0)
    #expect(run.stderr == "")
    #expect(Golden.check(run.stdout, named: "help-\(command).txt") == nil)
    #expect(run.stdout.split(separator: "\n").allSatisfy { $0.count <= 100 })
    // `help report` and `report -h` print the same text, even after other arguments.
    #expect(try RunClientWorth.run(["help", command], in: folder.url).stdout == run.stdout)
    #expect(try RunClientWorth.run([command, "--bogus", "-h"], in: folder.url).stdout == run.stdout)
  }

  @Test func version() throws {
    let folder = try Workdir()
    defer { folder.remove() }
    for arguments in [["--version"], ["report", "--version"], ["completions", "--version"]] {
      let run = try RunClientWorth.run(arguments, in: folder.url)
      #expect(run == ClientWorthRun(status: 0, killedBySignal: false, stdout: "clientworth 0.1.0\n", stderr: ""))
    }
  }

  @Test func onlyDecideWeighsARefundAndOnlyReportSorts() throws {
    let folder = try Workdir()
    defer { folder.remove() }
    let decide = try RunClientWorth.run(["decide", "-h"], in: folder.url).stdout
    let report = try RunClientWorth.run(["report", "-h"], in: folder.url).stdout
    #expect(decide.contains("\n  --refund <amount>       Weigh one refund offer"))
    #expect(!decide.contains("--sort"))
    #expect(report.contains("\n  --sort <field>"))
    #expect(!report.contains("--refund"))
    for text in [decide, report] {
      #expect(text.contains("\n  --client <name>         Show only this client (repeat for several).\n"))
      #expect(text.contains("\n  -o, --output <file>     "))
    }
  }
}
