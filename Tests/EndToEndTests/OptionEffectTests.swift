import Foundation
import TestSupport
import Testing

/// What each option of issue 22 does to the bundled sample, through the real binary: one golden
/// file per option, and the synonyms checked equal to what they stand for.
@Suite struct OptionEffectTests {
  static func run(_ arguments: [String]) throws -> ClientWorthRun {
    try SampleDataTests.run(arguments)
  }

  @Test(arguments: [
    (["report", "--sort", "-profit"], "option-sort-descending.txt"),
    (["report", "--sort", "avgDaysLate"], "option-sort-ascending.txt"),
    (["report", "--client", "Kettle & Crane Ltd", "--client", "harbor yoga"], "option-client.txt"),
    (["report", "--exclude-client", "Northwind Studio", "--format", "csv"], "option-exclude-client.csv"),
    (["decide", "--client", "Kettle and Crane"], "option-decide-client.txt"),
    (["trend", "--client", "Harbor Yoga", "--by", "quarter"], "option-trend-client.txt"),
    (["report", "--person", "sam reyes"], "option-person.txt"),
    (["report", "--by", "project", "--project", "Support"], "option-by-project-support.txt"),
    (["decide", "--person", "Sam Reyes"], "option-decide-person.txt"),
    (["trend", "--project", "Brand refresh", "--by", "quarter"], "option-trend-project.txt"),
    (["report", "-p", "2026-Q3"], "option-period-quarter.txt"),
    (["report", "--period", "last 90 days", "--as-of", "2026-10-31"], "option-period-last-90-days.txt"),
    (["report", "--color", "always", "--client", "Harbor Yoga"], "option-color-always.txt"),
    (["report", "--quarterly", "--client", "Lumen Dental"], "option-quarterly.txt"),
  ])
  func optionOutputs(arguments: [String], golden: String) throws {
    let run = try Self.run(arguments)
    #expect(run.status == 0)
    #expect(run.stderr == "")
    #expect(Golden.check(run.stdout, named: golden) == nil)
  }

  /// Synonyms give exactly what they stand for.
  @Test(arguments: [
    (["report", "--monthly"], ["trend", "--by", "month"]),
    (["report", "--quarterly", "--format", "json"], ["trend", "--by", "quarter", "--format", "json"]),
    (["report", "-p", "2026-Q3"], ["report", "--from", "2026-07-01", "--to", "2026-09-30"]),
    (
      ["report", "--from", "01.07.2026", "--to", "09/30/2026"],
      ["report", "--from", "2026-07-01", "--to", "2026-09-30"]
    ),
    (["report", "-p", "last quarter", "--as-of", "2026-11-18"], ["report", "-p", "2026-Q3", "--as-of", "2026-11-18"]),
    (["report", "--sort", "client"], ["report"]),
    (["report", "--color", "never"], ["report"]),
    (["decide", "--client", "Kettle and Crane"], ["decide", "--client", "kettle & crane ltd."]),
  ])
  func synonyms(arguments: [String], same: [String]) throws {
    let run = try Self.run(arguments)
    #expect(run.status == 0)
    #expect(run.stdout == (try Self.run(same)).stdout)
    #expect(!run.stdout.isEmpty)
  }

  /// `-o` writes what standard output would have shown, and nothing goes to standard output.
  @Test func shortOutputWritesTheFile() throws {
    let folder = try Workdir()
    defer { folder.remove() }
    let sample = SampleDataTests.root.appendingPathComponent("SampleData").path
    let run = try RunClientWorth.run(
      ["report", sample, "-o", "report.json", "--format", "json"], in: folder.url,
      environment: SampleDataTests.environment)
    #expect(run.status == 0)
    #expect(run.stdout == "")
    #expect(try folder.read("report.json") == (try Self.run(["report", "--format", "json"])).stdout)
  }

  @Test(arguments: [
    (
      ["report", "--sort", "-profit", "--monthly"],
      "'--sort' orders the report's table; the trend of '--monthly' lists clients by name"
    ),
    (["report", "--client", "Kettle"], "no client named 'Kettle' in the data"),
    (
      ["report", "--project", "Brand refrsh"],
      "no project named 'Brand refrsh' in the time; did you mean 'Brand refresh'?"
    ),
    (["decide", "--person", "Sam"], "no person named 'Sam' in the time"),
    (
      ["report", "--by", "person", "--sort", "hours"],
      "'--by' splits the report's figures by project or person; it takes neither '--sort' nor a trend"
    ),
    (
      ["trend", "--exclude-client", "Harbour Yoga"],
      "no client named 'Harbour Yoga' in the data; did you mean 'Harbor Yoga'?"
    ),
    (
      ["report", "--sort", "proft"],
      "'--sort proft' is not one of client, hours, billableHours, billableValue, invoiced, collected, outstanding, badDebt, netRevenue, unbilledValue, earned, effectiveRate, collectedRate, realization, expenses, cost, carryingCost, profit, margin, opportunityCost, avgDaysLate, avgDaysToPay, lateShare, maxDaysLate, share; did you mean 'profit'?"
    ),
    (
      ["report", "-p", "2026", "--from", "2026-02-01"],
      "'--period' sets both ends of the period; give it without '--from' and '--to'"
    ),
    (["report", "--verbose", "-q"], "'--verbose' and '--quiet' ask for opposite things; give one"),
    (["report", "--color", "yes"], "'--color yes' is not one of auto, always, never"),
    (["decide", "--refund", "-5"], "'--refund -5' is negative"),
    (["decide", "--refund", "1e9"], "'--refund 1e9' is not a plain decimal number (write it like 0.25)"),
    (["report", "--cost-rate", "100000000000"], "'--cost-rate 100000000000' is too large: at most 100,000,000"),
    (["report", "--capital-rate", "10"], "'--capital-rate 10' is 1,000% a year, more than 100%; did you mean 0.10?"),
    (["report", "--payment-terms-days", "2147483647"], "'--payment-terms-days 2147483647' is more than 3,650 days"),
    (
      ["report", "--from", "03/04/2026"],
      "'--from 03/04/2026' could be 2026-03-04 (month first) or 2026-04-03 (day first); write the one you mean as YYYY-MM-DD"
    ),
  ])
  func usageErrors(arguments: [String], message: String) throws {
    let run = try Self.run(arguments)
    #expect(run.status == 64)
    #expect(run.stdout == "")
    let command = arguments[0]
    #expect(
      run.stderr
        == "error: \(message)\nUsage: clientworth \(command) [<options>] [<file> ...]\n"
        + "  See 'clientworth \(command) --help' for more information.\n")
  }

  /// A refund more precise than the currency is refused before any file is read when the
  /// currency is set: the missing file is never reached.
  @Test func refundIsCheckedBeforeTheImport() throws {
    let folder = try Workdir()
    defer { folder.remove() }
    let run = try RunClientWorth.run(
      ["decide", "missing.csv", "--currency", "JPY", "--refund", "1.5"], in: folder.url)
    #expect(run.status == 64)
    #expect(run.stderr.hasPrefix("error: '--refund 1.5' has more decimals than JPY has (0)\n"))
  }
}

/// `report --by` says what the plain report says: its notes on stderr and in the JSON.
@Suite struct BreakdownNotesTests {
  @Test func hoursWithoutACostRateAreNamedByTheBreakdownToo() throws {
    let folder = try Workdir()
    defer { folder.remove() }
    try folder.write(
      "time.csv",
      "date,client,person,hours,billable,amount,currency\n2026-03-02,Acme,Maya,2,yes,200.00,USD\n"
        + "2026-03-03,Acme,Sam,3,yes,300.00,USD\n")
    try folder.write("clientworth.json", #"{"people": {"Maya": {"costRate": 50}}}"#)
    let run = try RunClientWorth.run(["report", "time.csv", "--by", "person", "--format", "json"], in: folder.url)
    #expect(run.status == 0)
    #expect(run.stderr.contains("warning: no cost rate covers the hours of Sam (2026-03-03)"), "\(run.stderr)")
    #expect(run.stdout.contains(#""message": "no cost rate covers the hours of Sam (2026-03-03)"#))
  }
}
