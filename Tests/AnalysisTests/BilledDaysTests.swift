import Domain
import Testing

@testable import Analysis

/// A client's billable work summed by day holds, for each day, exactly the sums of its entries,
/// however many days and in whatever order they come.
@Suite struct BilledDaysTests {
  @Test func eachDayHoldsTheSumsOfItsEntriesWhateverTheOrder() {
    let usd = Currency(code: "USD")!
    // 1,500 days (the table grows many times), three entries a day: one valued, one without a
    // value, one without a value or time; the days in a scrambled order.
    let start = Day(year: 2024, month: 1, day: 1)!
    var days = BilledDays()
    for step in 0..<4_500 {
      let offset = (step * 7_919) % 1_500
      let day = start + offset
      switch step / 1_500 {
      case 0: days.add(day: day, seconds: Int64(offset + 1), value: Money(minorUnits: Int64(offset * 3), currency: usd))
      case 1: days.add(day: day, seconds: 60, value: nil)
      default: days.add(day: day, seconds: 0, value: nil)
      }
    }
    #expect(days.days.count == 1_500)
    for work in days.days {
      let offset = work.day - start
      #expect(work.seconds == Int128(offset + 1 + 60))
      #expect(work.value == Int128(offset * 3))
      #expect(work.unvaluedSeconds == 60)
      #expect(work.unvaluedEntries == 2)
      #expect(work.unvaluedTimedEntries == 1)
    }
    days.removeAll()
    #expect(days.days.isEmpty)
    days.add(day: start, seconds: 5, value: nil)
    #expect(days.days.map(\.seconds) == [5])
  }
}

/// A day's span read from the table of days is the span the search finds, for both billings, on
/// every day around the spans (before the first, inside, on the issue days, after the last).
@Suite struct SpanOfDayTests {
  @Test(arguments: [Billing.arrears, .advance])
  func theTableAndTheSearchAgreeOnEveryDay(billing: Billing) {
    let start = Day(year: 2025, month: 1, day: 10)!
    let billed =
      [0, 31, 31, 59, 90, 151].map { offset in
        InvoiceSpans.Billed(issued: start + offset, net: 10_000, isCreditNote: false)
      } + [InvoiceSpans.Billed(issued: start + 70, net: -500, isCreditNote: true)]
    var spans = InvoiceSpans(billed, billing: billing)
    let days = (-40...220).map { start + $0 }
    let searched = days.map { spans.span(billing: $0) }
    spans.makeDayTable()
    #expect(days.map { spans.span(billing: $0) } == searched)
    spans.releaseDayTable()
    #expect(days.map { spans.span(billing: $0) } == searched)
    #expect(searched.compactMap { $0 }.count > 150)
  }
}
