import Domain
import Testing

@testable import Importers

/// Files are imported at once where cores allow (the largest first); what comes out must follow
/// the order the files were given, whichever was done first.
@Suite struct FileOrderTests {
  static let header = "date,client,hours,billable,rate,currency\n"

  /// A native time file of `rows` good rows, then one whose hours cannot be read.
  static func timeFile(_ path: String, client: String, rows: Int) -> (String, String) {
    let good = (0..<rows).map { "2026-01-\(10 + $0 % 9),\(client),1.0,yes,100,USD\n" }.joined()
    return (path, header + good + "2026-01-20,\(client),soon,yes,100,USD\n")
  }

  @Test(arguments: [false, true]) func factsMessagesAndSummariesFollowTheOrderGiven(largestFirst: Bool) throws {
    let small = Self.timeFile("small.csv", client: "Acme", rows: 3)
    let large = Self.timeFile("large.csv", client: "Birch", rows: 3_000)
    let files = largestFirst ? [large, small] : [small, large]
    let result = try importCSV(files)
    let paths = files.map(\.0)
    #expect(result.files.map(\.path) == paths)
    #expect(result.diagnostics.map(\.file) == paths)
    #expect(result.diagnostics.map(\.line) == files.map { $0.0 == "small.csv" ? 5 : 3_002 })
    let clientsInOrder = result.ledger.timeEntries.map(\.client.normalized).reduce(into: [String]()) {
      if $0.last != $1 { $0.append($1) }
    }
    #expect(clientsInOrder == (largestFirst ? ["birch", "acme"] : ["acme", "birch"]))
  }

  @Test(arguments: [false, true]) func theFirstFileErrorInTheOrderGivenIsThrown(largestFirst: Bool) {
    let small = ("small.csv", "colour,size\nred,1\n")
    let large = ("large.csv", "flavour,weight\n" + String(repeating: "sweet,2\n", count: 3_000))
    let files = largestFirst ? [large, small] : [small, large]
    #expect {
      try importCSV(files)
    } throws: { error in
      (error as? ImportError)?.file == files[0].0
    }
  }
}
