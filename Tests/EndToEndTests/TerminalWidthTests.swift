import Reports
import TestSupport
import Testing

/// On a terminal, every command lays its text out in the terminal's width: no line is wider than
/// `COLUMNS` (by display width, so Arabic names and wide characters count as they show), so the
/// terminal never breaks a word or a table row.
@Suite struct TerminalWidthTests {
  @Test(
    arguments: [
      ["report"], ["report", "--by", "project"], ["report", "--by", "person"], ["decide"], ["trend"],
      ["whatif", "--drop", "Meridian Health"], ["explain", "Kettle & Crane Ltd"], ["inspect"],
    ], [(80, "en"), (120, "en"), (80, "ar")])
  func everyLineFitsTheTerminal(arguments: [String], width: (columns: Int, language: String)) throws {
    let columns = width.columns
    var environment = SampleDataTests.environment
    environment["COLUMNS"] = String(columns)
    let run = try RunClientWorth.run(
      arguments + ["SampleData", "--lang", width.language], in: SampleDataTests.root, environment: environment)
    #expect(run.status == 0)
    for line in run.stdout.split(separator: "\n") where DisplayWidth.of(line) > columns {
      Issue.record("\(arguments.joined(separator: " ")) \(width): \(DisplayWidth.of(line)): \(line)")
    }
  }
}
