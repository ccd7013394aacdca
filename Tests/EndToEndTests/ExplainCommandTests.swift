import Foundation
import TestSupport
import Testing

/// `clientworth explain` on the bundled sample through the real binary: one client whole and one
/// figure, in each format, as golden files; the figures it accepts and its usage errors.
@Suite struct ExplainCommandTests {
  static let client = "Kettle & Crane Ltd"

  @Test(arguments: [
    ([], "explain.txt"), (["--format", "markdown"], "explain.md"), (["--format", "json"], "explain.json"),
    (["effectiveRate"], "explain-effective-rate.txt"),
    (["effectiveRate", "--format", "markdown"], "explain-effective-rate.md"),
    (["effectiveRate", "--format", "json"], "explain-effective-rate.json"),
    (["monthlyProfit"], "explain-monthly-profit.txt"),
  ])
  func sampleExplanations(arguments: [String], golden: String) throws {
    let run = try SampleDataTests.run(["explain", Self.client] + arguments)
    #expect(run.status == 0)
    #expect(run.stderr == "")
    #expect(Golden.check(run.stdout, named: golden) == nil)
  }

  /// On a terminal 80 columns wide the tables keep what fits, the row of the input included.
  @Test func explanationOnATerminal() throws {
    var environment = SampleDataTests.environment
    environment["COLUMNS"] = "80"
    let run = try RunClientWorth.run(
      ["explain", "Harbor Yoga", "carryingCost", "SampleData"], in: SampleDataTests.root, environment: environment)
    #expect(run.status == 0)
    #expect(Golden.check(run.stdout, named: "explain-80.txt") == nil)
  }

  /// Any spelling of the client will do; the figure may come after the files too.
  @Test func spellingsAndOrder() throws {
    let canonical = try SampleDataTests.run(["explain", Self.client, "profit"]).stdout
    #expect(try SampleDataTests.run(["explain", "kettle and crane", "profit"]).stdout == canonical)
    let sample = SampleDataTests.root.appendingPathComponent("SampleData").path
    let later = try RunClientWorth.run(
      ["explain", Self.client, sample, "profit"], in: SampleDataTests.root, environment: SampleDataTests.environment)
    #expect(later.status == 64)
    #expect(
      later.stderr.hasPrefix(
        "error: 'profit' is a figure, but it comes right after the client: explain CLIENT [FIGURE] [FILE ...]\n"))
  }

  @Test(arguments: [
    (
      ["explain", client, "efectiveRate"],
      "'efectiveRate' is no figure and no file or folder; did you mean 'effectiveRate'?"
    ),
    (["explain", "Kettle", "profit"], "no client named 'Kettle' in the data"),
    (["explain", "Harbour Yoga"], "no client named 'Harbour Yoga' in the data; did you mean 'Harbor Yoga'?"),
    (["explain", client, "--format", "csv"], "'--format csv' is not one of table, markdown, json"),
  ])
  func usageErrors(arguments: [String], message: String) throws {
    let run = try SampleDataTests.run(arguments)
    #expect(run.status == 64)
    #expect(run.stdout == "")
    #expect(
      run.stderr
        == "error: \(message)\nUsage: clientworth explain [<options>] <client> [<figure>] [<file> ...]\n"
        + "  See 'clientworth explain --help' for more information.\n")
  }

  @Test func noClientIsAUsageError() throws {
    let run = try RunClientWorth.run(["explain"], in: SampleDataTests.root, environment: SampleDataTests.environment)
    #expect(run.status == 64)
    #expect(run.stderr.hasPrefix("error: missing argument '<client>'\n"))
  }

  /// Without a cost rate there is no decision: its figures cannot be asked for, the report's can.
  @Test func decisionFiguresNeedACostRate() throws {
    let folder = try Self.oneClient()
    defer { folder.remove() }
    let decision = try RunClientWorth.run(["explain", "Acme", "monthlyProfit", "time.csv"], in: folder.url)
    #expect(decision.status == 64)
    #expect(decision.stderr.hasPrefix("error: 'monthlyProfit' is a figure of the decision, which needs a cost rate"))
    let report = try RunClientWorth.run(["explain", "Acme", "earned", "time.csv"], in: folder.url)
    #expect(report.status == 0)
    #expect(report.stdout.contains("earned = unbilled work (unrounded) $500.00 = $500.00"))
  }

  /// The report's page links each client's row and card to its explanation, which is on the page
  /// under that anchor, once, and links back to the table.
  @Test func thePageLinksEachClientToItsExplanation() throws {
    let page = try SampleDataTests.run(["report", "--format", "html"]).stdout
    let names = [
      "Bluebird-Bakery", "Driftwood-Cafe", "Harbor-Yoga", "Kettle-Crane-Ltd", "Lumen-Dental", "Meridian-Health",
      "Northwind-Studio", "Orchard-Analytics", "Pinecrest-Legal-LLP", "Saffron-Sage", "Vexley-Media", "مكتبة-الورّاق",
    ]
    for name in names {
      let anchor = "explain-" + name
      // An Arabic name's link is percent-encoded, its id as written.
      let ascii = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-")
      let link = "#explain-" + (name.addingPercentEncoding(withAllowedCharacters: ascii) ?? name)
      #expect(page.components(separatedBy: "href=\"\(link)\"").count == 3, "\(name): a row and a card")
      #expect(page.components(separatedBy: "id=\"\(anchor)\"").count == 2, "\(name): one explanation")
    }
    #expect(page.contains("<h3 id=\"explain-Kettle-Crane-Ltd-title\">Why Kettle &amp; Crane Ltd&#39;s figures"))
    #expect(page.components(separatedBy: "<a href=\"#figures\">").count == names.count + 1)
    #expect(!page.contains("<script"))
  }

  /// Issue 17, bounded work: each explanation reads every client's figures (and takes ~50 KB of
  /// the page), so a page of more clients than it explains explains only those that lose money,
  /// the largest loss first, with a note, rather than growing with their square (10,000 clients
  /// took 24 GB before).
  @Test func aPageOfManyClientsExplainsOnlyTheLosingOnes() throws {
    let folder = try Workdir()
    defer { folder.remove() }
    let count = 101  // ReportRenderer.maximumExplainedClients + 1
    // Clients 1 and 2 lose money (1 hour worth $10 and $20 at a cost of $50); the others earn, client N $100 + N.
    try folder.write(
      "time.csv",
      "date,client,hours,billable,amount,currency\n"
        + (1...count).map { "2026-03-02,Client \($0),1,yes,\($0 <= 2 ? 10 * $0 : 100 + $0).00,USD\n" }.joined())
    let run = try RunClientWorth.run(["report", "time.csv", "--format", "html", "--cost-rate", "50"], in: folder.url)
    #expect(run.status == 0)
    #expect(
      run.stderr
        == "note: the page explains 2 of its 101 clients, more than the 100 a page explains: those that lose money, "
        + "the largest loss first (clientworth explain CLIENT explains any other)\n")
    #expect(run.stdout.components(separatedBy: "<section class=\"explanation\" id=\"explain-").count - 1 == 2)
    #expect(run.stdout.contains("id=\"explain-Client-1\""))
    #expect(run.stdout.components(separatedBy: "<td").count > count)
    // Month by month draws 40 of them: the two losing, then the 38 that earned most (clients 64 to 101).
    #expect(run.stdout.components(separatedBy: "id=\"trend-chart-").count - 1 == 40)
    #expect(run.stdout.contains("The 40 of 101 clients that lose money or earned the most;"))
    let drawn = Set(run.stdout.components(separatedBy: "<figcaption><bdi>").dropFirst().map { $0.prefix { $0 != "<" } })
    #expect(drawn == Set((["Client 1", "Client 2"] + (64...101).map { "Client \($0)" })))
    // Without any losing client, none.
    let earning = try RunClientWorth.run(
      ["report", "time.csv", "--format", "html", "--cost-rate", "5"], in: folder.url)
    #expect(earning.stderr.hasPrefix("note: the page does not link its 101 clients to explanations"))
    #expect(!earning.stdout.contains("id=\"explain-"))
  }

  /// A folder with one client's time and no settings file: no cost rate, no target rate.
  static func oneClient() throws -> Workdir {
    let folder = try Workdir()
    try folder.write("time.csv", "date,client,hours,billable,amount,currency\n2026-03-02,Acme,5,yes,500.00,USD\n")
    return folder
  }
}

extension ExplainCommandTests {
  static let clients = [
    "Bluebird Bakery", "Driftwood Cafe", "Harbor Yoga", "Kettle & Crane Ltd", "Lumen Dental", "Meridian Health",
    "Northwind Studio", "Orchard Analytics", "Pinecrest Legal LLP", "Saffron & Sage", "Vexley Media",
  ]

  /// As written in the JSON, every table's rows and its rounding add up to its totals, to the cent
  /// and the hundredth of an hour, for every client of the sample.
  @Test(arguments: clients)
  func theWrittenRowsAddUpToTheWrittenTotals(client: String) throws {
    let run = try SampleDataTests.run(["explain", client, "--format", "json"])
    #expect(run.status == 0)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    let tables = try #require(object["tables"] as? [[String: Any]])
    #expect(!tables.isEmpty)
    for table in tables {
      let rows = try #require(table["rows"] as? [[String: Any]])
      let totals = try #require(table["totals"] as? [String: Any])
      let rounding = table["rounding"] as? [String: Any] ?? [:]
      for (column, total) in totals {
        var sum = Decimal(0)
        for row in rows { sum += Self.decimal(row[column]) }
        sum += Self.decimal(rounding[column])
        #expect(sum == Self.decimal(total), "\(client) \(table["id"] ?? "") \(column)")
      }
    }
  }

  private static func decimal(_ value: Any?) -> Decimal {
    guard let number = value as? NSNumber else { return 0 }
    return Decimal(string: number.stringValue) ?? 0
  }
}
