import Foundation
import TestSupport
import Testing

/// `clientworth whatif` on the bundled sample through the real binary: a combined scenario as
/// golden files in each format, no change as the plain report and decisions, and its usage errors.
@Suite struct WhatIfCommandTests {
  static let combined = [
    "whatif", "--rate", "Kettle & Crane Ltd=+20%", "--bill-nonbillable", "Driftwood Cafe=50%", "--terms",
    "Harbor Yoga=15", "--deposit", "Harbor Yoga=30%", "--drop", "Meridian Health", "--cost-rate", "60",
  ]

  @Test(arguments: [
    ([], "whatif.txt"), (["--format", "markdown"], "whatif.md"), (["--format", "json"], "whatif.json"),
  ])
  func combinedScenario(arguments: [String], golden: String) throws {
    let run = try SampleDataTests.run(Self.combined + arguments)
    #expect(run.status == 0)
    #expect(run.stderr == "")
    #expect(Golden.check(run.stdout, named: golden) == nil)
  }

  /// With no change, both sides are the plain report's profit and effective rate and the plain
  /// decisions' recommendations, client by client.
  @Test func noChangeIsThePlainReportAndDecisions() throws {
    let whatif = try json(["whatif", "--format", "json"])
    let report = try json(["report", "--format", "json"])
    let decide = try json(["decide", "--format", "json"])
    let clients = try #require(whatif["clients"] as? [[String: Any]])
    let reported = try #require(report["clients"] as? [[String: Any]])
    let decided = try #require(decide["decisions"] as? [[String: Any]])
    #expect(clients.count == reported.count)
    for (index, client) in clients.enumerated() {
      let before = try #require(client["before"] as? [String: Any])
      let after = try #require(client["after"] as? [String: Any])
      #expect(client["client"] as? String == reported[index]["client"] as? String)
      for (key, reportKey) in [("profit", "profit"), ("effectiveRate", "effectiveRate"), ("earned", "earned")] {
        #expect("\(before[key] ?? "")" == "\(reported[index][reportKey] ?? "")", "\(key)")
        #expect("\(after[key] ?? "")" == "\(before[key] ?? "")", "\(key)")
      }
      #expect(before["recommendation"] as? String == decided[index]["recommendation"] as? String)
      #expect(after["recommendation"] as? String == before["recommendation"] as? String)
      #expect("\(before["monthlyProfit"] ?? "")" == "\(decided[index]["monthlyProfit"] ?? "")")
      #expect(client["flips"] as? Bool == false)
    }
    let totals = try #require(whatif["totals"] as? [String: Any])
    let reportTotals = try #require(report["totals"] as? [String: Any])
    #expect("\(totals["profitBefore"] ?? "")" == "\(reportTotals["profit"] ?? "")")
    #expect("\(totals["profitAfter"] ?? "")" == "\(reportTotals["profit"] ?? "")")
  }

  private func json(_ arguments: [String]) throws -> [String: Any] {
    let run = try SampleDataTests.run(arguments)
    #expect(run.status == 0)
    return try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
  }

  @Test(arguments: [
    (["whatif", "--rate", "Kettle=+20%"], "no client named 'Kettle' in the data"),
    (["whatif", "--drop", "Harbour Yoga"], "no client named 'Harbour Yoga' in the data; did you mean 'Harbor Yoga'?"),
    (
      ["whatif", "--rate", "Harbor Yoga=+10%", "--rate", "harbor yoga=+20%"],
      "'--rate' names harbor yoga twice; give one change per client"
    ),
    (["whatif", "--no-refill"], "'--no-refill' says what becomes of a dropped client's hours; give it with '--drop'"),
    (["whatif", "--rate", "+20%"], "'--rate +20%' is not a client and a value (write CLIENT=+20% or CLIENT=120)"),
    (["whatif", "--rate", "Harbor Yoga=-100%"], "'--rate Harbor Yoga=-100%' cuts the rate to nothing or less"),
    (["whatif", "--deposit", "Harbor Yoga=130%"], "'--deposit Harbor Yoga=130%' is not a share from 0% to 100%"),
    (
      ["whatif", "--terms", "Harbor Yoga=two weeks"],
      "'--terms Harbor Yoga=two weeks' is not a whole number of days from 0 to 3,650"
    ),
    (["whatif", "--format", "csv"], "'--format csv' is not one of table, markdown, json"),
    (
      ["whatif", "--rate", "Lumen Dental=120"],
      "Lumen Dental has no current rate to set (no billable hours, or nothing earned, over the decision's window); "
        + "change it by a share instead, such as +20%"
    ),
  ])
  func usageErrors(arguments: [String], message: String) throws {
    let run = try SampleDataTests.run(arguments)
    #expect(run.status == 64)
    #expect(run.stdout == "")
    #expect(
      run.stderr
        == "error: \(message)\nUsage: clientworth whatif [<options>] [<file> ...]\n"
        + "  See 'clientworth whatif --help' for more information.\n")
  }

  /// The before side needs the cost rate as it is, and a refill the target rate.
  @Test func settingsTheScenarioNeeds() throws {
    let folder = try ExplainCommandTests.oneClient()
    defer { folder.remove() }
    let noCost = try RunClientWorth.run(["whatif", "--cost-rate", "60", "time.csv"], in: folder.url)
    #expect(noCost.status == 64)
    #expect(noCost.stderr.hasPrefix("error: whatif compares decisions, which need your cost rate as it is"))
    try folder.write("clientworth.json", "{\"costRate\": 50}\n")
    let refill = try RunClientWorth.run(["whatif", "--drop", "Acme", "time.csv"], in: folder.url)
    #expect(refill.status == 64)
    #expect(refill.stderr.hasPrefix("error: --drop refills the client's hours at the target rate, which is not set"))
    let idle = try RunClientWorth.run(["whatif", "--drop", "Acme", "--no-refill", "time.csv"], in: folder.url)
    #expect(idle.status == 0)
    #expect(idle.stdout.contains("Acme"))
  }
}
