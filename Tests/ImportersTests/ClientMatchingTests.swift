import Domain
import Testing

@testable import Importers

@Suite struct ClientMatchingTests {
  static let time = """
    date,client,hours
    2025-03-03,Acme Corp,1
    2025-03-03,Kettle and Crane,1
    2025-03-04,Bluebird Bakery,1
    2025-03-05,Pine & Pixel,1

    """
  static let invoices = """
    invoice,client,issue_date,amount,currency
    1,ACME Corporation,2025-03-31,100,USD
    2,"Kettle & Crane, Ltd.",2025-03-31,100,USD
    3,Bluebird Bakery,2025-03-31,100,USD
    4,Harbor Yoga,2025-03-31,100,USD

    """

  @Test func namesOnOneSideGetTheClosestFromTheOtherAndTheAliasLine() throws {
    let result = try importCSV([("time.csv", Self.time), ("invoices.csv", Self.invoices)])
    #expect(
      result.clientMismatches.map { mismatch in
        "\(mismatch.name) in \(mismatch.side.rawValue): "
          + (mismatch.alias.map { "\($0.spelling) -> \($0.target)" } ?? "no alias")
      } == [
        "Acme Corp in time logs: Acme Corp -> ACME Corporation",
        "Kettle and Crane in time logs: Kettle and Crane -> Kettle & Crane, Ltd.",
        "Pine & Pixel in time logs: no alias",
        "ACME Corporation in invoices: Acme Corp -> ACME Corporation",
        "Harbor Yoga in invoices: no alias",
        "Kettle & Crane, Ltd. in invoices: Kettle and Crane -> Kettle & Crane, Ltd.",
      ])
    #expect(result.clientMismatches[2].alias == nil)
  }

  @Test func theSuggestedAliasesJoinTheClients() throws {
    let aliases = ["Acme Corp": "ACME Corporation", "Kettle and Crane": "Kettle & Crane, Ltd."]
    let result = try importCSV(
      [("time.csv", Self.time), ("invoices.csv", Self.invoices)], options: ImportOptions(aliases: aliases))
    #expect(result.clientMismatches.map(\.name) == ["Pine & Pixel", "Harbor Yoga"])
  }

  @Test func withoutBothTimeAndInvoicesThereIsNothingToMatch() throws {
    #expect(try importCSV([("time.csv", Self.time)]).clientMismatches.isEmpty)
    #expect(try importCSV([("invoices.csv", Self.invoices)]).clientMismatches.isEmpty)
  }

  @Test(arguments: [
    ("Northwind", "Northwind Studio", 0.9), ("Acme", "Acne Ltd", 0.75), ("The Harbor Co.", "harbor", 1.0),
    ("Bluebird Bakery", "Kettle & Crane", 0.0),
  ])
  func similarity(a: String, b: String, expected: Double) {
    let score = ClientMatching.similarity(ClientKey(a), ClientKey(b))
    #expect(expected == 0 ? score < ClientMatching.threshold : score == expected)
  }
}
