import Domain
import Testing

@testable import Importers

/// A few rows dated years apart from all the others are most likely a year typed wrong: they are
/// read as written, with one warning naming the first of them (`DateGapCheck`).
@Suite struct DateGapTests {
  /// A native time file: one hour on each of `days` (ISO dates), in the order given.
  static func time(_ days: [String], client: (Int) -> String = { _ in "Acme" }) -> InputFile {
    var text = "date,client,hours\n"
    for (index, day) in days.enumerated() { text += "\(day),\(client(index)),1\n" }
    return InputFile(path: "time.csv", bytes: Array(text.utf8))
  }

  /// 200 days of 2025, every other one.
  static let year = (0..<200).map { index in
    let day = Day(year: 2025, month: 1, day: 1).map { $0 + 2 * index } ?? Day(daysSinceEpoch: 0)
    return day.description
  }

  static func warnings(_ result: ImportResult) -> [Diagnostic] {
    result.diagnostics.filter { $0.cause == "date-far-from-others" }
  }

  @Test func oneRowYearsBeforeTheOthersIsReadAndNamed() throws {
    let result = try importAccounted([Self.time(Array(Self.year[..<50]) + ["1925-03-04"] + Self.year[50...])])
    #expect(result.ledger.timeEntries.count == 201)
    let warning = try #require(Self.warnings(result).first)
    #expect(Self.warnings(result).count == 1)
    #expect(warning.file == "time.csv" && warning.line == 52 && warning.severity == .warning)
    #expect(
      warning.text.englishText
        == "1 row is dated 1925-03-04, over three years before all the others (the nearest on 2025-01-01): "
        + "is the year right? Read as written.")
  }

  @Test func rowsYearsAfterTheOthersAreCountedWithTheirSpan() throws {
    let result = try importAccounted([Self.time(Self.year + ["2052-05-01", "2052-06-30"])])
    let warning = try #require(Self.warnings(result).first)
    #expect(warning.line == 202)
    #expect(
      warning.text.englishText
        == "2 rows are dated 2052-05-01 to 2052-06-30, over three years after all the others (the nearest on "
        + "2026-02-03): is the year right? Read as written.")
  }

  /// A real break in the books: a client of 2019 and the work since 2024. Neither side is a few
  /// stray rows (the smaller holds more than 1 in 100), and a gap under three years is no gap.
  @Test(arguments: [
    (["2019-03-01", "2019-04-01", "2019-05-01"], 150),
    (["2022-06-01"], 200),
  ])
  func aRealBreakOrAShortGapIsNoWarning(early: [String], later: Int) throws {
    let days = early + Self.year.prefix(later)
    #expect(Self.warnings(try importAccounted([Self.time(days)])).isEmpty)
  }

  /// The gap must be over three years (1,096 days), whatever else the dates span: one row 1,096
  /// days before 200 others of one day is no warning, one 1,097 days before is; and six years of
  /// steady work (a span over three years, no gap) is none either.
  @Test func theGapMustBeOverThreeYears() throws {
    let day = try #require(Day(year: 2025, month: 1, day: 1))
    let others = Array(repeating: day.description, count: 200)
    func warnings(daysBefore: Int) throws -> [Diagnostic] {
      Self.warnings(
        try importAccounted([Self.time([(day - daysBefore).description] + others, client: { "Client \($0)" })]))
    }
    #expect(try warnings(daysBefore: DateGapCheck.gapDays).isEmpty)
    #expect(try warnings(daysBefore: DateGapCheck.gapDays + 1).count == 1)
    let steady = (0..<(6 * 52)).map { (day - 7 * $0).description }
    #expect(Self.warnings(try importAccounted([Self.time(steady)])).isEmpty)
  }

  /// Invoices and payments count as dated facts too: an invoice issued in 1925 among 2025's.
  @Test func aStrayInvoiceIsNamedInItsFile() throws {
    var invoices = "invoice,client,issue_date,due_date,amount,currency,status,paid_date,paid_amount\n"
    invoices += "A-1,Acme,1925-01-31,1925-03-02,100.00,USD,open,,\n"
    let result = try importAccounted([
      Self.time(Self.year), InputFile(path: "invoices.csv", bytes: Array(invoices.utf8)),
    ])
    let warning = try #require(Self.warnings(result).first)
    #expect(warning.file == "invoices.csv" && warning.line == 2)
  }
}
