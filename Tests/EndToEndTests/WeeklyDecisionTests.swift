import Foundation
import Testing

/// The advice for SampleData's clients, run every Friday from May to October as a user would:
/// it may change when something happens (an attempt recorded, its deadline passing, a contract's
/// last month), not with one week's figures.
@Suite struct WeeklyDecisionTests {
  /// One week's recommendation of each client, and whether an attempt was on record.
  struct Advice: Equatable {
    var recommendation: String
    var attempted: Bool
  }

  static func adviceByClient(asOf day: String) throws -> [String: Advice] {
    let run = try SampleDataTests.run(["decide", "--format", "json", "--as-of", day])
    #expect(run.status == 0)
    let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
    let decisions = try #require(object?["decisions"] as? [[String: Any]])
    return try Dictionary(
      uniqueKeysWithValues: decisions.map { decision in
        let client = try #require(decision["client"] as? String)
        let recommendation = try #require(decision["recommendation"] as? String)
        return (client, Advice(recommendation: recommendation, attempted: !(decision["lastAttempt"] is NSNull)))
      })
  }

  @Test func renegotiateAndFixDoNotTakeTurnsWeekByWeek() throws {
    var fridays: [String] = []
    var day = try #require(ISO8601DateFormatter().date(from: "2026-05-01T12:00:00Z"))
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withFullDate]
    while fridays.count < 27 {
      fridays.append(formatter.string(from: day))
      day += 7 * 86_400
    }
    let weeks = try fridays.map(Self.adviceByClient(asOf:))
    // Changes between renegotiate and fix with no attempt on record either week: the two say
    // "propose this rate" and "fix these causes, else leave" to a client nothing has changed for.
    var turns: [String] = []
    for (index, week) in weeks.enumerated().dropFirst() {
      for (client, advice) in week {
        guard let before = weeks[index - 1][client], !before.attempted, !advice.attempted else { continue }
        let pair = Set([before.recommendation, advice.recommendation])
        if pair == ["renegotiate", "fix"] { turns.append("\(fridays[index]) \(client): \(advice.recommendation)") }
      }
    }
    // With W's rise needed alone there were 12: Driftwood Cafe turned six times between 06-12 and
    // 08-14 and مكتبة الورّاق four between 05-29 and 07-24, each a rise needed moving around the 50 %
    // cap; with four windows a week apart pooled, 6, مكتبة's two weeks in June among them. With the
    // run of windows back to where the rise was last clear of the band (spec §5), each turn left
    // follows a real move: Pinecrest's rise falling from 51 % to 36 % (06-19), Driftwood's falling
    // to 32–44 % in July (07-03) and rising past 60 % (08-21). (Pinecrest's boundary of 09-25 is an
    // attempt: the weeks after it are not counted.)
    let expected = [
      "2026-06-19 Pinecrest Legal LLP: renegotiate", "2026-07-03 Driftwood Cafe: renegotiate",
      "2026-08-21 Driftwood Cafe: fix",
    ]
    #expect(turns.sorted() == expected)
  }
}
