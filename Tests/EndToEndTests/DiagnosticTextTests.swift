import Domain
import Foundation
import TestSupport
import Testing

@testable import ClientWorthCLI

/// What reaches standard error: one line per cause and file, and nothing from the data that can
/// drive a terminal.
@Suite struct DiagnosticTextTests {
  private func skipped(_ line: Int, file: String = "time.csv", cause: String? = "empty-client") -> Diagnostic {
    Diagnostic(
      file: file, line: line, column: 3, severity: .error, message: "column 'Client' is empty; row skipped",
      cause: cause)
  }

  @Test func rowsOfOneCauseInOneFileShareALine() {
    let diagnostics = (2...48).map { skipped($0) } + [skipped(7, file: "other.csv")]
    #expect(
      DiagnosticText.render(diagnostics, verbose: false)
        == "time.csv:2:3: error: column 'Client' is empty; row skipped "
        + "(47 like this, on lines 2, 3, 4, 5, 6 and 42 more; --verbose lists each)\n"
        + "other.csv:7:3: error: column 'Client' is empty; row skipped\n")
  }

  @Test func verboseListsEveryRow() {
    let diagnostics = (2...4).map { skipped($0) }
    #expect(
      DiagnosticText.render(diagnostics, verbose: true)
        == diagnostics.map { $0.description + "\n" }.joined())
  }

  @Test func diagnosticsWithoutACauseStandAlone() {
    let diagnostics = [skipped(2, cause: nil), skipped(3, cause: nil)]
    #expect(DiagnosticText.render(diagnostics, verbose: false) == diagnostics.map { $0.description + "\n" }.joined())
  }

  @Test func escapesAndBidiOverridesFromTheDataAreMadeHarmless() {
    let hostile = Diagnostic(
      file: "t.csv", line: 2, column: 1, severity: .warning, message: "client '\u{1B}[2J\u{202E}evil' is odd")
    #expect(
      DiagnosticText.render([hostile], verbose: false)
        == "t.csv:2:1: warning: client '\u{FFFD}[2J\u{FFFD}evil' is odd\n")
  }

  @Test func theNameMismatchWarningAndInspectAreSanitised() throws {
    let folder = try Workdir()
    defer { folder.remove() }
    try folder.write(
      "time.csv",
      "date,client,hours,currency\n2026-03-02,Acme\u{1B}]0;pwned\u{07} Ltd,2,USD\n")
    try folder.write(
      "invoices.csv",
      "invoice,client,issue_date,amount,currency\n1,Acme Ltd\u{202E},2026-03-05,100.00,USD\n")
    for command in ["report", "inspect"] {
      let run = try RunClientWorth.run([command, "."], in: folder.url)
      let everything = run.stdout + run.stderr
      #expect(
        !everything.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" || $0 == "\u{202E}" }, "\(command)")
      // The warning (report) and the listing (inspect) name the client, made harmless.
      #expect(
        (command == "report" ? run.stderr : run.stdout).contains("Acme\u{FFFD}]0;pwned\u{FFFD} Ltd"), "\(command)")
    }
  }
}

/// The analysis's own warnings gather by cause like the importers' (issue 17: one line per cause
/// and file), through the real binary.
@Suite struct AnalysisWarningGroupingTests {
  @Test func paidAmountsWithoutDatesAreOneLinePerFile() throws {
    let folder = try Workdir()
    defer { folder.remove() }
    try folder.write(
      "inv.csv",
      "invoice,client,issue_date,due_date,amount,currency,status,paid_amount\n"
        + (1...3).map { "\($0),Acme,2026-0\($0)-05,2026-0\($0 + 1)-04,100.00,USD,paid,100.00\n" }.joined())
    try folder.write("t.csv", "date,client,hours,billable,currency\n2026-01-03,Acme,2,yes,USD\n")
    let arguments = ["report", ".", "--cost-rate", "50", "--as-of", "2026-05-01"]
    let run = try RunClientWorth.run(arguments, in: folder.url)
    #expect(run.status == 0)
    #expect(
      run.stderr.split(separator: "\n").filter { $0.contains("but no paid date") }.map(String.init) == [
        "inv.csv:2:1: warning: invoice 1 records a paid amount of $100.00 but no paid date; it is counted as "
          + "collected but makes no lateness item (3 like this, on lines 2, 3, 4; --verbose lists each)"
      ])
    let verbose = try RunClientWorth.run(arguments + ["--verbose"], in: folder.url)
    #expect(verbose.stderr.components(separatedBy: "but no paid date").count == 4)
  }
}

/// The alias line of a client-name warning is a line of `clientworth.json` as written: its names
/// are JSON strings (`JSONWriter.quoted`), so a quote in a name pastes as it should.
@Suite struct AliasLineTests {
  @Test func aQuoteInANameIsEscapedInTheAliasLine() throws {
    let folder = try Workdir()
    defer { folder.remove() }
    try folder.write(
      "time.csv", "date,client,hours,billable,currency\n2026-03-02,\"The \"\"Best\"\" Cafe\",2,yes,USD\n")
    try folder.write("invoices.csv", "invoice,client,issue_date,amount,currency\n1,Best Cafe,2026-03-31,100.00,USD\n")
    let run = try RunClientWorth.run(["report", "time.csv", "invoices.csv", "--cost-rate", "50"], in: folder.url)
    #expect(run.status == 0)
    #expect(run.stderr.contains(#"clientworth.json: "The \"Best\" Cafe": "Best Cafe""#), "\(run.stderr)")
  }
}
