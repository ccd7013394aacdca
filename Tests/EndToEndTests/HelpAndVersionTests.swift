import Foundation
import TestSupport
import Testing

/// Help and `--version` go to standard output with status 0 (argument-parser's `CleanExit`).
@Suite struct HelpAndVersionTests {
  static let topLevelHelp = """
    OVERVIEW: Find out what each client is really worth, and what to do about the ones who cost you.

    Reads the CSV exports of your time tracker, invoicing and payments (any number of files, recognised
    by their headers), computes each client's profit, effective rate and lateness, and recommends keep,
    renegotiate or exit.

    USAGE: clientworth <subcommand>

    OPTIONS:
      -h, --help              Show help information.
      --version               Show the version.

    SUBCOMMANDS:
      report                  Show each client's profitability: hours, revenue, cost, profit, effective
                              rate, lateness.
      decide                  Recommend, for each client, keep, watch, fix, renegotiate or leave, with
                              the reasons and a plan.
      trend                   Show each client's hours, revenue, effective rate, lateness and profit
                              period by period.
      inspect                 Show how each input file is read: its format, rows, dates, clients and
                              every problem found.
      formats                 List every file format ClientWorth recognises, with its required and
                              optional columns.
      help                    Show help for a subcommand.

      See 'clientworth help <subcommand>' for detailed help.

    """

  @Test(arguments: [["--help"], ["-h"], ["help"], []])
  func topLevelHelp(arguments: [String]) throws {
    let folder = try Workdir()
    defer { folder.remove() }
    let run = try RunClientWorth.run(arguments, in: folder.url)
    #expect(run == ClientWorthRun(status: 0, killedBySignal: false, stdout: Self.topLevelHelp, stderr: ""))
  }

  @Test func version() throws {
    let folder = try Workdir()
    defer { folder.remove() }
    for arguments in [["--version"], ["report", "--version"]] {
      let run = try RunClientWorth.run(arguments, in: folder.url)
      #expect(run == ClientWorthRun(status: 0, killedBySignal: false, stdout: "clientworth 0.1.0\n", stderr: ""))
    }
  }

  @Test func reportHelpListsEveryOptionInAlignedColumns() throws {
    let folder = try Workdir()
    defer { folder.remove() }
    let run = try RunClientWorth.run(["report", "--help"], in: folder.url)
    #expect(run.status == 0)
    #expect(run.stderr == "")
    let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(
      lines.first
        == "OVERVIEW: Show each client's profitability: hours, revenue, cost, profit, effective rate, lateness.")
    #expect(lines.contains("USAGE: clientworth report [<options>] [<file> ...]"))
    #expect(lines.contains("ARGUMENTS:"))
    #expect(lines.contains("OPTIONS:"))
    #expect(lines.contains("  --cost-rate <amount>    What one hour of your time costs you, in the report currency."))
    #expect(
      lines.contains("  --capital-rate <rate>   Yearly cost of money, for carrying late receivables. (default: 0.10)"))
    // A label too long for the column puts its help on the next line, in the help column.
    let terms = try #require(lines.firstIndex(of: "  --payment-terms-days <days>"))
    #expect(lines[terms + 1] == "                          Due date of an invoice that has none. (default: 30)")
    #expect(
      lines.contains(
        "  --format <format>       Output format. (values: table, markdown, csv, json, html; default: table)"))
    #expect(lines.contains("  -h, --help              Show help information."))
    #expect(lines.allSatisfy { $0.count <= 100 })
    // `help report` prints the same text.
    #expect(try RunClientWorth.run(["help", "report"], in: folder.url).stdout == run.stdout)
  }

  @Test func decideHelpHasItsOwnOptions() throws {
    let folder = try Workdir()
    defer { folder.remove() }
    let run = try RunClientWorth.run(["decide", "-h"], in: folder.url)
    #expect(run.status == 0)
    #expect(run.stdout.contains("\n  --client <name>         Decide only for this client (repeat for several).\n"))
    #expect(run.stdout.contains("\n  --refund <amount>       Weigh one refund offer"))
    #expect(!run.stdout.contains("--sort"))
  }
}
