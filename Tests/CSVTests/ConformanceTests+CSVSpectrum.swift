import CSV
import Testing

extension ConformanceTests {
  /// csv-spectrum (`csv/csv-spectrum`): each `csvs/NAME.csv` read with its first row as header must give
  /// the objects in `json/NAME.json`.
  @Suite("csv-spectrum") struct CSVSpectrum {
    static let verdicts: [String: Verdict] = [:]

    static func names() throws -> [String] {
      try ConformanceData.files(in: "csv-spectrum/csvs").map { String($0.dropLast(".csv".count)) }
    }

    @Test(arguments: try names())
    func spectrumCase(_ name: String) throws {
      let events = Read.agreed(try ConformanceData.bytes("csv-spectrum/csvs/\(name).csv"))
      let expected = try ConformanceData.json("csv-spectrum/json/\(name).json")
      ConformanceTests.check(
        name, actual: ConformanceTests.objects(events).canonicalText, expected: expected.canonicalText,
        verdict: Self.verdicts[name])
    }

    @Test func tally() throws {
      ConformanceTests.checkTally(
        names: try Self.names(), verdicts: Self.verdicts, expected: Tally(agree: 11, choice: 0, skip: 0))
    }
  }
}
