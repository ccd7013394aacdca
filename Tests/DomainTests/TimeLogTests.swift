import Domain
import Testing

/// The ledger's time: one entry per `TimeKey`, kept client by client, folded the same way
/// whether rows are added one by one or logs are merged.
@Suite struct TimeLogTests {
  let usd = Currency(code: "USD") ?? .unknown
  let eur = Currency(code: "EUR") ?? .unknown

  func day(_ offset: Int) -> Day { Day(daysSinceEpoch: Int32(20_000 + offset)) }

  func entry(
    _ client: String, _ day: Int, project: String? = nil, person: String? = nil, seconds: Int64 = 3600,
    billable: Bool = true, cents: Int64? = nil
  ) -> TimeEntry {
    TimeEntry(
      day: self.day(day), client: ClientKey(client), project: project, person: person, seconds: seconds,
      billable: billable, value: cents.map { Money(minorUnits: $0, currency: usd) })
  }

  func lines(_ log: TimeLog) -> [String] {
    log.map { entry in
      "\(entry.client) \(entry.day.daysSinceEpoch - 20_000) \(entry.project ?? "-") \(entry.person ?? "-") "
        + "\(entry.seconds) \(entry.billable ? "b" : "n") \(entry.value?.description ?? "-")"
    }
  }

  @Test func rowsWithOneKeyAreOneEntryAndEveryFieldOfTheKeySplits() {
    let log: TimeLog = [
      entry("Acme", 1, project: "Site", person: "Sam", cents: 100),
      entry("Acme", 1, project: "Site", person: "Sam", seconds: 1800, cents: 50),
      entry("Acme", 1, project: "App", person: "Sam"),
      entry("Acme", 1, project: "Site", person: "Maya"),
      entry("Acme", 2, project: "Site", person: "Sam"),
      entry("Acme", 1, project: "Site", person: "Sam", billable: false),
      entry("acme", 1, project: "Site", person: "Sam", cents: 25),
    ]
    #expect(
      lines(log) == [
        "acme 1 Site Sam 9000 b 1.75 USD", "acme 1 App Sam 3600 b -", "acme 1 Site Maya 3600 b -",
        "acme 2 Site Sam 3600 b -", "acme 1 Site Sam 3600 n -",
      ])
    #expect(log.count == 5)
  }

  /// Entries are kept client by client, in the order each client and each key came.
  @Test func entriesComeClientByClient() {
    let log: TimeLog = [entry("B", 1), entry("A", 1), entry("B", 2), entry("A", 2), entry("B", 1)]
    #expect(lines(log).map { String($0.prefix(3)) } == ["b 1", "b 2", "a 1", "a 2"])
    #expect(log.clientKeys == [ClientKey("b"), ClientKey("a")])
    #expect(log.days == day(1)...day(2))
    #expect(log[2].client == ClientKey("a"))
    #expect(lines(TimeLog(log.entries(of: ClientKey("a")))) == ["a 1 - - 3600 b -", "a 2 - - 3600 b -"])
    #expect(log.entries(of: ClientKey("b")).map(\.seconds) == [7200, 3600])
    #expect(log.entries(of: ClientKey("c")).isEmpty)
  }

  /// Rows added in bulk are folded when the log is settled, and on their own once enough wait
  /// (`rowsSettledAtOnce`), in the order their keys first came.
  @Test(arguments: [5, 300, 70_000])
  func rowsAddedInBulkFoldWhenSettled(count: Int) throws {
    var log = TimeLog()
    let client = log.clientNumber(ClientKey("acme"))
    for round in 0..<2 {
      for offset in 0..<count {
        try log.add(TimeKey(client: client, day: day(offset), billable: true), seconds: Int64(round + 1), value: 0)
      }
    }
    try log.settle()
    #expect(log.count == count)
    #expect(log.allSatisfy { $0.seconds == 3 })
    #expect(log.map(\.day) == (0..<count).map(day))
  }

  /// Many rows of many clients in no order, more than wait at once: each client's entries in the
  /// order of their first rows, each key's sum that of its rows.
  @Test func rowsOfManyClientsInNoOrderFoldByKey() throws {
    var log = TimeLog()
    var expected: [String: [(day: Int, seconds: Int64)]] = [:]
    var clientOrder: [String] = []
    var generator = UInt64(7)
    for _ in 0..<50_000 {
      generator = generator &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let (client, day, seconds) = ("c\(generator >> 33 % 37)", Int(generator >> 40 % 5), Int64(generator >> 50 % 100))
      if expected[client] == nil { clientOrder.append(client) }
      if let place = expected[client, default: []].firstIndex(where: { $0.day == day }) {
        expected[client]?[place].seconds += seconds
      } else {
        expected[client, default: []].append((day, seconds))
      }
      let key = TimeKey(client: log.clientNumber(ClientKey(client)), day: self.day(day), billable: true)
      try log.add(key, seconds: seconds, value: 0)
    }
    try log.settle()
    #expect(log.clientKeys == clientOrder.map { ClientKey($0) })
    let folded = clientOrder.flatMap { client in
      expected[client, default: []].map { "\(client) \($0.day) \($0.seconds)" }
    }
    #expect(log.map { "\($0.client) \($0.day.daysSinceEpoch - 20_000) \($0.seconds)" } == folded)
  }

  /// A log settled in two parts (its later clients taken out, settled apart and put back, as
  /// the importer does on two cores) holds what it holds settled at once.
  @Test func settlingInTwoPartsFoldsAsSettlingAtOnce() throws {
    func log() throws -> TimeLog {
      var log = TimeLog()
      var generator = UInt64(11)
      for _ in 0..<20_000 {
        generator = generator &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        let client = log.clientNumber(ClientKey("c\(generator >> 33 % 29)"))
        let key = TimeKey(client: client, day: day(Int(generator >> 40 % 7)), billable: generator >> 20 % 2 == 0)
        try log.add(key, seconds: Int64(generator >> 50 % 100), value: 0)
      }
      return log
    }
    var atOnce = try log()
    try atOnce.settle()
    var inParts = try log()
    var later = inParts.takeLaterClients()
    let (taken, total) = (later.count, inParts.count)
    #expect(taken > total / 3 && taken < total * 2 / 3)
    try inParts.settle()
    try later.settle()
    inParts.putBack(later)
    #expect(inParts.count == atOnce.count)
    #expect(lines(inParts) == lines(atOnce))
    // Put back unsettled, they are settled with the log.
    var unsettled = try log()
    let untouched = unsettled.takeLaterClients()
    unsettled.putBack(untouched)
    try unsettled.settle()
    #expect(lines(unsettled) == lines(atOnce))
  }

  /// Merging logs folds as adding their rows one by one would; rows kept apart stay apart.
  @Test func mergingFoldsAsAddingEachRowWould() throws {
    var first: TimeLog = [entry("A", 1, project: "X", cents: 10), entry("B", 1)]
    let apartKey = TimeKey(
      client: first.clientNumber(ClientKey("a")), day: day(1), billable: true,
      apart: first.apartNumber())
    try first.add(apartKey, seconds: 60, value: 0)
    var second: TimeLog = [entry("C", 5), entry("A", 1, project: "X", cents: 5), entry("B", 2, person: "P")]
    let secondApart = TimeKey(
      client: second.clientNumber(ClientKey("a")), day: day(1), billable: true,
      apart: second.apartNumber())
    try second.add(secondApart, seconds: 60, value: 0, file: second.fileNumber("t.csv"), line: 9)
    try first.merge(second, lineOffset: 100)
    try first.settle()
    #expect(
      lines(first) == [
        "a 1 X - 7200 b 0.15 USD", "a 1 - - 60 b -", "a 1 - - 60 b -", "b 1 - - 3600 b -", "b 2 - P 3600 b -",
        "c 5 - - 3600 b -",
      ])
    // Only the row given a place keeps it: the second log's, its line moved on.
    #expect(first.compactMap(\.position?.description) == ["t.csv:109:1"])
  }

  /// Two logs of one key each: the index of the first finds the second's entries as it takes
  /// them in, and without the index kept, later rows still fold.
  @Test func mergedLogsFoldWithLaterRows() throws {
    var first = TimeLog((0..<100).map { entry("A", $0) })
    let second = TimeLog((50..<150).map { entry("A", $0) })
    try first.merge(second)
    try first.settle()
    #expect(first.count == 150)
    for offset in 0..<150 { first.append(entry("A", offset)) }
    #expect(first.count == 150)
    #expect(first.map(\.seconds) == (0..<150).map { $0 < 50 || $0 >= 100 ? 7200 : 10800 })
  }

  /// Sums that would pass Int64 are an error naming the client and day.
  @Test func aSumPastInt64IsAnError() throws {
    var log = TimeLog()
    let key = TimeKey(client: log.clientNumber(ClientKey("a")), day: day(1), billable: true)
    try log.add(key, seconds: Int64.max - 10, value: 0)
    try log.add(key, seconds: 11, value: 0)
    #expect(throws: TimeLog.Overflow(client: ClientKey("a"), key: key)) { try log.settle() }
  }

  /// Rows with their own cost rate fold with each other, never with rows whose cost the settings
  /// give; their cost (seconds × rate) is summed and converted like the value.
  @Test func rowsWithTheirOwnCostRateFoldApart() {
    var log: TimeLog = [
      TimeEntry(
        day: day(1), client: ClientKey("A"), seconds: 3600, value: Money(minorUnits: 100, currency: usd),
        costSeconds: 3600 * 4000),
      TimeEntry(
        day: day(1), client: ClientKey("A"), seconds: 1800, value: Money(minorUnits: 50, currency: usd),
        costSeconds: 1800 * 5000),
      TimeEntry(day: day(1), client: ClientKey("A"), seconds: 600, value: Money(minorUnits: 10, currency: usd)),
    ]
    #expect(log.map(\.seconds) == [5400, 600])
    #expect(log.map(\.costSeconds) == [23_400_000, nil])
    #expect(log.hasCostRates)
    log.convertValues { money, _ in Money(minorUnits: money.minorUnits * 2, currency: eur) }
    #expect(log.map(\.costSeconds) == [46_800_000, nil])
    #expect(!TimeLog([entry("A", 1)]).hasCostRates)
  }

  @Test func convertingValuesChangesTheirCurrencyAndKeepsEveryEntry() {
    var log: TimeLog = [entry("A", 1, cents: 100), entry("A", 1, billable: false, cents: 300)]
    log.convertValues { money, _ in Money(minorUnits: money.minorUnits * 2, currency: eur) }
    #expect(lines(log) == ["a 1 - - 3600 b 2.00 EUR", "a 1 - - 3600 n 6.00 EUR"])
    #expect(log.currencies == [eur])
  }
}
