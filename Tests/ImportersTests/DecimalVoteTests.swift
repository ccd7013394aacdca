import Testing

@testable import Importers

@Suite struct DecimalVoteTests {
  @Test(arguments: [
    ("1.045,0", ","), ("1,234.56", "."), ("2,5", ","), ("0.25", "."), ("1,234,567", "."), ("1.234.567", ","),
    ("0,250", ","), ("$3,382.5", "."), ("20 160,0", ","), ("(40.00)", "."),
  ])
  func aValueThatShowsItsMark(text: String, mark: String) {
    #expect(Array(text.utf8).withUnsafeBufferPointer { DecimalVote.decimalMark(in: $0) } == mark.utf8.first)
  }

  @Test(arguments: ["1,500", "1.500", "150", "", "01:30:00", "2025-03-03"])
  func aValueThatDoesNot(text: String) {
    #expect(Array(text.utf8).withUnsafeBufferPointer { DecimalVote.decimalMark(in: $0) } == nil)
  }

  @Test func theFileFollowsItsValuesElseTheDelimiter() {
    var vote = DecimalVote()
    vote.count("1,500")
    #expect(vote.decide(fallback: .point) == .point)
    vote.count("2,5")
    #expect(vote.decide(fallback: .point) == .comma)
    vote.count("2.5")
    #expect(vote.isMixed)
    #expect(vote.decide(fallback: .point) == .point)
  }
}

extension DecimalVote {
  fileprivate mutating func count(_ text: String) {
    Array(text.utf8).withUnsafeBufferPointer { count($0) }
  }
}
