import CSV
import Testing

extension ConformanceTests {
  /// uniVocity's correctness file (`csv/univocity`): LF endings, a line break inside quotes, doubled quotes,
  /// no final line break.
  @Suite("univocity") struct Univocity {
    /// uniVocity's own harness maps empty fields to null; a string reader returns "" (`expected_plain`).
    @Test func correctness() throws {
      let events = Read.agreed(try ConformanceData.bytes("univocity/correctness.csv"))
      let expected = try ConformanceData.json("univocity/expected.json")
      #expect(ConformanceTests.rows(events) == expected["expected_plain"]?.canonicalText)
      #expect(ConformanceTests.rows(events) != expected["expected_univocity"]?.canonicalText)
    }

    /// Empty and quoted-empty fields read the same, but the record still tells them apart, so an importer
    /// that wants uniVocity's (or PostgreSQL's) null can have it.
    @Test func emptyAndQuotedEmptyAreTold() throws {
      let events = Read.agreed(try ConformanceData.bytes("univocity/correctness.csv"))
      guard case .record(let last)? = events.last else {
        Issue.record("no last record")
        return
      }
      #expect(last.fields == ["", "", "Venture \"Extended Edition\"", "", "4900.00"])
      #expect(last.quoted == [false, false, true, true, false])
    }
  }
}
