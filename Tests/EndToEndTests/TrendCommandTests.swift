import Foundation
import TestSupport
import Testing

/// `clientworth trend` and `report --format html` through the real binary.
@Suite struct TrendCommandTests {
  /// Acme: 10 h in January, 5 h in February; Beta: 2 h at $45 in March, never invoiced. A-1 ($1,000,
  /// due Feb 28) paid Mar 10, 10 days late; A-2 ($500, due Mar 30) still open at as-of Apr 9, 10
  /// days past due.
  static func folder() throws -> Workdir {
    let folder = try Workdir()
    try folder.write(
      "time.csv",
      "date,client,hours,billable,rate,currency\n2026-01-10,Acme,10,yes,,\n2026-02-12,Acme,5,yes,,\n2026-03-03,Beta,2,yes,45,USD\n"
    )
    try folder.write(
      "invoices.csv",
      "invoice,client,issue_date,due_date,amount,currency\nA-1,Acme,2026-01-31,2026-02-28,1000.00,USD\n"
        + "A-2,Acme,2026-02-28,2026-03-30,500.00,USD\n")
    try folder.write("payments.csv", "invoice,date,amount,currency\nA-1,2026-03-10,1000.00,USD\n")
    return folder
  }

  static let options = ["--as-of", "2026-04-09", "--cost-rate", "20"]

  @Test func tablePerClientThenAllClients() throws {
    let folder = try Self.folder()
    defer { folder.remove() }
    let run = try RunClientWorth.run(["trend"] + Self.options, in: folder.url)
    #expect(run.status == 0)
    #expect(run.stderr == "warning: client 'Beta' appears in time logs but not in invoices\n")
    // January: $1,000 − 10 h × $20 − carrying $2.74 = $797.26; February: $500 − $100 − $1.37 = $398.63.
    // Beta's 2 h were never invoiced: earned at face, $90, less 2 h × $20.
    #expect(
      run.stdout == """
        Trend by month as of 2026-04-09 · period: all data · USD
        each month: its hours, the invoices issued in it as they stand at as-of, and what its work earned
        (profit and rates use earned revenue)

        Acme
        Month    Hours  Invoiced  Earned  Collected  Eff. rate  Avg days late  Profit  Flags
        --------------------------------------------------------------------------------------------
        2026-01   10.0    $1,000  $1,000     $1,000       $100           10.0    $797  concentration
        2026-02    5.0      $500    $500         $0       $100           10.0    $399  concentration
        First half (2026-01): $100/h, 10.0 days late; second half (2026-02): $100/h, 10.0 days late.

        Beta
        Month    Hours  Invoiced  Earned  Collected  Eff. rate  Avg days late  Profit  Flags
        --------------------------------------------------------------------------------------------
        2026-03    2.0        $0     $90         $0        $45              —     $50

        Total
        Month    Hours  Invoiced  Earned  Collected  Eff. rate  Avg days late  Profit  Flags
        --------------------------------------------------------------------------------------------
        2026-01   10.0    $1,000  $1,000     $1,000       $100           10.0    $797
        2026-02    5.0      $500    $500         $0       $100           10.0    $399
        2026-03    2.0        $0     $90         $0        $45              —     $50

        """)
  }

  @Test func clientAndQuarterAsJSON() throws {
    let folder = try Self.folder()
    defer { folder.remove() }
    let run = try RunClientWorth.run(
      ["trend", "--client", "ACME", "--by", "quarter", "--format", "json"] + Self.options, in: folder.url)
    #expect(run.status == 0)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    #expect(object["by"] as? String == "quarter")
    let periods = try #require(object["periods"] as? [[String: Any]])
    #expect(periods.map { $0["period"] as? String } == ["2026-Q1"])
    let clients = try #require(object["clients"] as? [[String: Any]])
    #expect(clients.map { $0["client"] as? String } == ["Acme"])
    let quarter = try #require((clients.first?["periods"] as? [[String: Any]])?.first)
    #expect(quarter["hours"] as? Double == 15)
    #expect(quarter["invoiced"] as? Double == 1500)
    // $1,500 − 15 h × $20 − carrying (100,000 × 10 + 50,000 × 10) × 0.10 / 365 = 410.96 → $4.11.
    #expect(quarter["profit"] as? Double == 1195.89)
    #expect(quarter["active"] as? Bool == true)
  }

  @Test func unknownClientIsAUsageErrorWithASuggestion() throws {
    let folder = try Self.folder()
    defer { folder.remove() }
    let run = try RunClientWorth.run(["trend", "--client", "Acne"], in: folder.url)
    #expect(run.status == 64)
    #expect(run.stdout == "")
    #expect(
      run.stderr.hasSuffix(
        "error: no client named 'Acne' in the data; did you mean 'Acme'?\n"
          + "Usage: clientworth trend [<options>] [<file> ...]\n  See 'clientworth trend --help' for more information.\n"
      ))
  }

  @Test func byTakesMonthOrQuarter() throws {
    let folder = try Self.folder()
    defer { folder.remove() }
    let run = try RunClientWorth.run(["trend", "--by", "week"], in: folder.url)
    #expect(run.status == 64)
    #expect(
      run.stderr.hasPrefix(
        "error: '--by week' is not one of month, quarter\n"))
  }

  @Test func reportAsHTMLWritesOnePageWithCharts() throws {
    let folder = try Self.folder()
    defer { folder.remove() }
    let run = try RunClientWorth.run(
      ["report", "--format", "html", "--output", "report.html"] + Self.options, in: folder.url)
    #expect(run.status == 0)
    #expect(run.stdout == "")
    let page = try folder.read("report.html")
    #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
    #expect(page.hasSuffix("</body>\n</html>\n"))
    // Rates, whale curve, aging, and a trend chart for each client.
    #expect(page.components(separatedBy: "<svg ").count - 1 == 3 + 2)
    #expect(page.contains("<h2 id=\"decisions\">Decisions</h2>"))
    #expect(!page.contains("<script"))
  }

  @Test(arguments: [["trend", "--format", "html"], ["decide", "--format", "html"]])
  func otherCommandsWriteHTMLToo(arguments: [String]) throws {
    let folder = try Self.folder()
    defer { folder.remove() }
    let run = try RunClientWorth.run(arguments + Self.options, in: folder.url)
    #expect(run.status == 0)
    #expect(run.stdout.hasPrefix("<!DOCTYPE html>"))
  }

  @Test func sampleDataTrend() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    let run = try RunClientWorth.run(
      ["trend", "--by", "quarter", "SampleData"], in: root, environment: ["NO_COLOR": "1", "PATH": "/usr/bin:/bin"])
    #expect(run.status == 0)
    #expect(run.stderr == "")
    #expect(Golden.check(run.stdout, named: "sample-trend.txt") == nil)
  }
}

/// Issue 17: a span of more than a century of months is refused with the way to narrow it; the
/// page draws the last 60 months of it and says so.
@Suite struct TrendSpanLimitTests {
  @Test func aCenturyOfMonthsIsRefusedAndThePageDropsItsCharts() throws {
    let folder = try Workdir()
    defer { folder.remove() }
    try folder.write("time.csv", "date,client,hours,currency\n1910-01-05,Acme,1,USD\n2026-01-05,Acme,1,USD\n")
    let trend = try RunClientWorth.run(["trend", "time.csv"], in: folder.url)
    #expect(trend.status == 65)
    #expect(
      trend.stderr.hasSuffix(
        "error: the data runs from 1910-01 to 2026-01, 1393 months, more than the 1200 a trend shows: narrow it "
          + "with --period or --from and --to, or use --by quarter (a date with a mistyped year?)\n"))
    let quarters = try RunClientWorth.run(["trend", "time.csv", "--by", "quarter"], in: folder.url)
    #expect(quarters.status == 0)
    let page = try RunClientWorth.run(["report", "time.csv", "--format", "html"], in: folder.url)
    #expect(page.status == 0)
    #expect(!page.stderr.contains("month charts"))
    #expect(page.stdout.contains("The last 60 months of the period, from <span class=\"date\">2021-02-01</span>; "))
    // One chart, of 2026-01 only: the months before the window hold nothing of the page's.
    #expect(page.stdout.components(separatedBy: "id=\"trend-chart-").count - 1 == 1)
  }

  /// A year typed wrong among recent rows: the page's month charts stay within the last 60 months
  /// rather than span a century; with every fact within them, the page draws them all and says
  /// nothing of it.
  @Test func thePageDrawsTheLastSixtyMonthsOfALongerBook() throws {
    let folder = try Workdir()
    defer { folder.remove() }
    let rows = (1...9).map { "2025-0\($0)-10,Acme,2,USD\n" }.joined()
    try folder.write("time.csv", "date,client,hours,currency\n1930-03-04,Acme,1,USD\n" + rows)
    let page = try RunClientWorth.run(["report", "time.csv", "--format", "html"], in: folder.url)
    #expect(page.status == 0)
    #expect(page.stdout.contains("The last 60 months of the period, from <span class=\"date\">2020-10-01</span>; "))
    let chart = try #require(
      page.stdout.components(separatedBy: "id=\"trend-chart-1\"").last?.components(
        separatedBy: "</svg>"
      ).first)
    #expect(chart.contains(">2025-01<") && !chart.contains("1930"))
    try folder.write("time.csv", "date,client,hours,currency\n" + rows)
    let recent = try RunClientWorth.run(["report", "time.csv", "--format", "html"], in: folder.url)
    #expect(!recent.stdout.contains("months of the period"))
    // A row of a mistyped future year counts for nothing before it; the charts end at as-of.
    try folder.write("time.csv", "date,client,hours,currency\n" + rows + "2052-03-04,Acme,1,USD\n")
    let future = try RunClientWorth.run(
      ["report", "time.csv", "--format", "html", "--as-of", "2026-01-01"], in: folder.url)
    let futureChart = try #require(
      future.stdout.components(separatedBy: "id=\"trend-chart-1\"").last?.components(separatedBy: "</svg>").first)
    #expect(futureChart.contains(">2025-09<") && !futureChart.contains("2052"))
  }
}
