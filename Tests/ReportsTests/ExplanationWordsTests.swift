import Analysis
import Decisions
import Localization
import Testing

@testable import Reports

/// Every word an explanation can say, in both languages: a debug build stops on a catalog entry
/// without its Arabic (`LocalizedText.problem`), so making each one here checks the whole catalog,
/// not only what SampleData reaches; and no Arabic word is an English one left in place.
@Suite struct ExplanationWordsTests {
  static let figures =
    Explanation.askableNames + ["benchmark", "unbilledWork", "rateRise", "rateAfterRise", "hoursCap", "hoursNow"]
  static let constants = [
    "costRate", "targetRate", "realization", "netPerBilledHour", "horizonMonthsSetting", "contractEnd", "asOf",
    "daysPerMonth", "wrapUpHours", "exitCollectionRisk", "maxRateIncrease", "paidInWindow", "exchangeRate",
    "minorUnitScale", "firstDay",
  ]
  static let columns = [
    "month", "hours", "billableHours", "nonBillableHours", "billableValue", "value", "hoursWithoutValue", "span",
    "invoices", "net", "billedBy", "hoursInScope", "attributed", "invoice", "issued", "due", "amount", "collected",
    "open", "badDebt", "paidOn", "daysLate", "daysToPay", "carrying", "date", "description", "kind", "note", "client",
    "earned", "counted",
  ]

  static var everyText: [LocalizedText] {
    var texts = figures.map(ExplanationWords.figure) + constants.map(ExplanationWords.constant)
    texts += FigureNote.allCases.map(ExplanationWords.note)
    texts += RowTable.Kind.allCases.flatMap { [ExplanationWords.table($0), ExplanationWords.tableShort($0)] }
    texts += columns.flatMap { [ExplanationWords.column($0), ExplanationWords.columnInSentence($0)] }
    texts += ["value", "hours", "days"].map { ExplanationWords.cell($0, column: "billedBy") }
    texts.append(ExplanationWords.cell("badDebt", column: "badDebt"))
    return texts
  }

  @Test func everyWordHasBothLanguages() {
    for text in Self.everyText {
      let english = text.rendered(in: .english)
      let arabic = text.rendered(in: .arabic)
      #expect(!english.isEmpty && !arabic.isEmpty)
      #expect(english != arabic, "\(english)")
      #expect(!arabic.unicodeScalars.contains { $0.isASCII && $0.properties.isAlphabetic }, "\(arabic)")
    }
  }

  /// Names of the data are never translated; months follow the digits asked for.
  @Test func cellsFromTheData() {
    let arabicDigits = TextLocale(language: .ar, digits: .arabic)
    #expect(ExplanationWords.cell("2026-03", column: "month").rendered(in: arabicDigits) == "٢٠٢٦-٠٣")
    #expect(ExplanationWords.cell("INV-7", column: "invoice").rendered(in: .english) == "INV-7")
    #expect(ExplanationWords.cell("", column: "badDebt").isEmpty)
    #expect(ExplanationWords.cell("abuse", column: "kind").rendered(in: .arabic) == "إساءة")
  }
}
