import Domain
import TestSupport
import Testing

@testable import ClientWorthCLI

/// Dates and periods as typed on the command line: the hledger forms, counted from a given day so
/// that no test depends on the clock.
@Suite struct PeriodArgumentTests {
  static func day(_ text: String) -> Day {
    guard let day = Day(iso: text) else { preconditionFailure("\(text) is not a day") }
    return day
  }

  /// A Wednesday.
  static let reference = day("2026-11-18")

  @Test(arguments: [
    ("2026-03-31", "2026-03-31"), ("31.03.2026", "2026-03-31"), ("1.3.2026", "2026-03-01"),
    ("31/03/2026", "2026-03-31"), ("03/31/2026", "2026-03-31"), ("04/04/2026", "2026-04-04"),
    ("3/31/2026", "2026-03-31"),
    // Arabic-Indic and Persian digits read as Western ones.
    ("٢٠٢٦-٠٣-٣١", "2026-03-31"), ("٠٣/٣١/٢٠٢٦", "2026-03-31"), ("۳۱.۰۳.۲۰۲۶", "2026-03-31"),
  ])
  func datesAsFilesWriteThem(text: String, iso: String) throws {
    #expect(try DateArgument(argument: text) == .day(Self.day(iso)))
  }

  @Test func todayAndYesterdayAreCountedFromTheRunDate() throws {
    #expect(try DateArgument(argument: "today").resolved(today: Self.reference) == Self.reference)
    #expect(try DateArgument(argument: "Yesterday").resolved(today: Self.reference) == Self.day("2026-11-17"))
  }

  @Test(arguments: [
    ("03/04/2026", "could be 2026-03-04 (month first) or 2026-04-03 (day first); write the one you mean as YYYY-MM-DD"),
    ("2026-02-30", "is not a date (write 2026-03-31, 31.03.2026, 03/31/2026 or today)"),
    ("13/13/2026", "is not a date (write 2026-03-31, 31.03.2026, 03/31/2026 or today)"),
    ("31.03.26", "is not a date (write 2026-03-31, 31.03.2026, 03/31/2026 or today)"),
    ("tomorrow", "is not a date (write 2026-03-31, 31.03.2026, 03/31/2026 or today)"),
  ])
  func datesThatAreNotOneDay(text: String, problem: String) {
    #expect(thrownMessage { try DateArgument(argument: text) } == problem)
  }

  @Test(arguments: [
    ("2026", "2026-01-01", "2026-12-31"), ("2026-Q3", "2026-07-01", "2026-09-30"),
    ("2026-q4", "2026-10-01", "2026-12-31"), ("2026-10", "2026-10-01", "2026-10-31"),
    ("2028-02", "2028-02-01", "2028-02-29"), ("2026-10-05", "2026-10-05", "2026-10-05"),
    ("05.10.2026", "2026-10-05", "2026-10-05"), ("this year", "2026-01-01", "2026-12-31"),
    ("last year", "2025-01-01", "2025-12-31"), ("this quarter", "2026-10-01", "2026-12-31"),
    ("last quarter", "2026-07-01", "2026-09-30"), ("This  Month", "2026-11-01", "2026-11-30"),
    ("last month", "2026-10-01", "2026-10-31"), ("this week", "2026-11-16", "2026-11-22"),
    ("last week", "2026-11-09", "2026-11-15"), ("last 90 days", "2026-08-21", "2026-11-18"),
    ("last 1 day", "2026-11-18", "2026-11-18"), ("today", "2026-11-18", "2026-11-18"),
    ("yesterday", "2026-11-17", "2026-11-17"), ("٢٠٢٦-Q3", "2026-07-01", "2026-09-30"),
    ("last ٩٠ days", "2026-08-21", "2026-11-18"),
  ])
  func periods(text: String, first: String, last: String) throws {
    let period = try PeriodExpression(argument: text)
    let resolved = try #require(period.resolved(reference: Self.reference))
    #expect(resolved.first == Self.day(first))
    #expect(resolved.last == Self.day(last))
  }

  @Test func relativePeriodsCrossTheYear() throws {
    let january = Self.day("2026-01-03")  // a Saturday
    let quarter = try #require(try PeriodExpression(argument: "last quarter").resolved(reference: january))
    #expect(quarter.first == Self.day("2025-10-01") && quarter.last == Self.day("2025-12-31"))
    let month = try #require(try PeriodExpression(argument: "last month").resolved(reference: january))
    #expect(month.first == Self.day("2025-12-01") && month.last == Self.day("2025-12-31"))
    let week = try #require(try PeriodExpression(argument: "this week").resolved(reference: january))
    #expect(week.first == Self.day("2025-12-29") && week.last == Self.day("2026-01-04"))
    // Before the year 1 there is no calendar to count in.
    #expect(try PeriodExpression(argument: "last year").resolved(reference: Self.day("0001-05-01")) == nil)
    #expect(try PeriodExpression(argument: "last 3 days").resolved(reference: Self.day("0001-01-02")) == nil)
  }

  @Test(arguments: [
    ("lst quarter", "is not a period (write 2026, 2026-Q3, 2026-10, this year, last quarter or last 90 days)"),
    ("2026-Q5", "is not a period (write 2026, 2026-Q3, 2026-10, this year, last quarter or last 90 days)"),
    ("2026-13", "is not a period (write 2026, 2026-Q3, 2026-10, this year, last quarter or last 90 days)"),
    ("next year", "is not a period (write 2026, 2026-Q3, 2026-10, this year, last quarter or last 90 days)"),
    ("last 0 days", "has a number of days that is not from 1 to 36525"),
    ("last 99999999999999999999 days", "has a number of days that is not from 1 to 36525"),
    ("03/04/2026", "could be 2026-03-04 (month first) or 2026-04-03 (day first); write the one you mean as YYYY-MM-DD"),
  ])
  func notPeriods(text: String, problem: String) {
    #expect(thrownMessage { try PeriodExpression(argument: text) } == problem)
  }

  /// `--period` counts from `--as-of` when given, else from the run date; `--from`/`--to` take
  /// `today` too; the ends are checked once known.
  @Test func periodOptionsResolveAgainstAsOfElseToday() throws {
    var options = PeriodOptions()
    options.period = try PeriodExpression(argument: "last quarter")
    let fromToday = try options.resolved(today: Self.reference)
    #expect(fromToday == PeriodBounds(from: Self.day("2026-07-01"), to: Self.day("2026-09-30"), asOf: nil))
    options.asOf = .day(Self.day("2026-03-31"))
    let fromAsOf = try options.resolved(today: Self.reference)
    #expect(fromAsOf.from == Self.day("2025-10-01"))
    #expect(fromAsOf.asOf == Self.day("2026-03-31"))

    var ends = PeriodOptions()
    ends.from = .today
    ends.to = .day(Self.day("2026-01-01"))
    #expect(
      thrownMessage { try ends.resolved(today: Self.reference) }
        == "'--to' (2026-01-01) is before '--from' (2026-11-18)")
    ends.period = try PeriodExpression(argument: "2026")
    #expect(
      thrownMessage { try ends.validate() }
        == "'--period' sets both ends of the period; give it without '--from' and '--to'")
  }
}

/// Numbers typed with Arabic-Indic or Persian digits and the Arabic decimal separator, on the
/// command line and in clientworth.json, read as their Western forms.
@Suite struct ArabicDigitsInputTests {
  @Test(arguments: [
    ("١٢٠٫٥", "120.5"), ("۱۲۰٫۵", "120.5"), ("١٢٠", "120"), ("120.5", "120.5"), ("٠٫٢٥", "0.25"),
  ])
  func amounts(typed: String, read: String) throws {
    let amount = try SettingKind<MajorAmount>.readMoney(typed, origin: .flag(label: "--cost-rate <amount>"))
    #expect(amount.value == (try SettingKind<MajorAmount>.readMoney(read, origin: .flag(label: "x"))).value)
  }

  /// The Arabic thousands separator is no more a decimal number's than a comma is.
  @Test func aGroupedNumberIsRefusedAsACommaIs() {
    #expect(
      thrownMessage { try SettingKind<MajorAmount>.readMoney("١٬٢٠٠", origin: .flag(label: "x")) }
        == "is not a plain decimal number (write it like 0.25)")
  }

  @Test func theCommandLineTakesArabicDigits() throws {
    let folder = try Workdir()
    defer { folder.remove() }
    try folder.write(
      "time.csv",
      "date,client,hours,billable,rate,currency\n2026-03-02,Acme,10,yes,100,USD\n")
    let arabic = try RunClientWorth.run(
      ["report", "--cost-rate", "١٢٠٫٥", "--as-of", "٢٠٢٦-٠٣-٣١", "--format", "json"], in: folder.url)
    let western = try RunClientWorth.run(
      ["report", "--cost-rate", "120.5", "--as-of", "2026-03-31", "--format", "json"], in: folder.url)
    #expect(arabic.status == 0)
    #expect(arabic.stdout == western.stdout)
  }

  /// JSON numbers are ASCII; a number in Arabic-Indic digits is written as a string, and read.
  @Test func theSettingsFileTakesArabicDigitsInStrings() throws {
    let folder = try Workdir()
    defer { folder.remove() }
    try folder.write(
      "time.csv",
      "date,client,hours,billable,rate,currency\n2026-03-02,Acme,10,yes,100,USD\n")
    try folder.write(
      "clientworth.json",
      #"{"costRate": "١٢٠٫٥", "windowDays": "٦٠", "clients": {"Acme": {"contractEnd": "٢٠٢٦-٠٤-٣٠"}}}"#)
    let arabic = try RunClientWorth.run(["decide", "--format", "json"], in: folder.url)
    try folder.write(
      "clientworth.json", #"{"costRate": 120.5, "windowDays": 60, "clients": {"Acme": {"contractEnd": "2026-04-30"}}}"#)
    let western = try RunClientWorth.run(["decide", "--format", "json"], in: folder.url)
    #expect(arabic.status == 0, "\(arabic.stderr)")
    #expect(arabic.stdout == western.stdout)
    // A string of Western digits is still not a number.
    try folder.write("clientworth.json", #"{"costRate": "120"}"#)
    let string = try RunClientWorth.run(["report"], in: folder.url)
    #expect(string.status == 65)
    #expect(string.stderr.contains("costRate: must be a number, found a string"))
  }
}
