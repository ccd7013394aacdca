import Domain
import Testing

@testable import Importers

@Suite struct DayOrderVoteTests {
  func vote(_ texts: [String]) throws -> DayOrderVote {
    var vote = DayOrderVote()
    for (index, text) in texts.enumerated() {
      vote.count(try DateText.parse(text), text: text, at: SourcePosition(file: "t.csv", line: index + 2, column: 1))
    }
    return vote
  }

  @Test func aFirstNumberAboveTwelveMeansDayFirst() throws {
    let order = try vote(["03/04/2026", "25/04/2026"]).decide(
      column: "date", inferred: nil, documented: nil, setting: nil)
    #expect(order == .dmy)
  }

  @Test func aSecondNumberAboveTwelveMeansMonthFirst() throws {
    let order = try vote(["03/04/2026", "04/25/2026"]).decide(
      column: "date", inferred: nil, documented: .dmy, setting: .dmy)
    #expect(order == .mdy)
  }

  @Test func ambiguousColumnsUseTheDocumentedOrderThenTheSetting() throws {
    let ambiguous = try vote(["03/04/2026", "05/06/2026"])
    #expect(try ambiguous.decide(column: "date", inferred: nil, documented: .dmy, setting: .mdy) == .dmy)
    #expect(try ambiguous.decide(column: "date", inferred: nil, documented: nil, setting: .mdy) == .mdy)
  }

  @Test func ambiguousColumnWithNoOrderIsAnErrorAtTheFirstAmbiguousValue() throws {
    let ambiguous = try vote(["2026-01-01", "03/04/2026"])
    #expect(throws: ImportError.self) {
      try ambiguous.decide(column: "Date", inferred: nil, documented: nil, setting: nil)
    }
    do {
      _ = try ambiguous.decide(column: "Date", inferred: nil, documented: nil, setting: nil)
    } catch {
      #expect(error.line == 3)
      #expect(error.message.contains("'03/04/2026'"))
    }
  }

  @Test func aColumnShowingBothOrdersIsAnError() throws {
    let mixed = try vote(["25/04/2026", "04/25/2026"])
    do {
      _ = try mixed.decide(column: "date", inferred: nil, documented: nil, setting: nil)
      Issue.record("expected an error")
    } catch {
      #expect(error.line == 3)
      #expect(error.message.contains("mixes day-first and month-first"))
    }
  }

  @Test func isoOnlyColumnsNeedNoOrder() throws {
    #expect(try vote(["2026-01-01"]).decide(column: "date", inferred: nil, documented: nil, setting: nil) == nil)
  }
}
