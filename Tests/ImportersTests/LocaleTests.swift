import Domain
import Testing

@testable import Importers

/// The locales and encodings real files arrive in. Each case states every row it expects, so a
/// row lost or mangled fails the test.
@Suite struct LocaleTests {
  /// Excel in a decimal-comma locale saves with semicolons: `2,5` hours, `1.045,00` amounts.
  @Test func semicolonsWithDecimalCommas() throws {
    let text = """
      Date;Client;Project;Task;Notes;Hours;Billable?;First Name;Last Name;Billable Rate;Billable Amount;Currency
      03.03.2025;Atelier Rosenthal;Katalog;Gestaltung;Titelseite;2,5;Yes;Lena;Kraus;90,00;225,00;EUR
      04.03.2025;Atelier Rosenthal;Katalog;Gestaltung;"Innenseiten; Entwurf 1";11;Yes;Lena;Kraus;95,00;1.045,00;EUR
      05.03.2025;Café Lindgren;Speisekarte;Satz;;1,125;No;Lena;Kraus;0;0;EUR

      """
    let result = try importCSV([("h.csv", text)])
    #expect(result.files[0].delimiter == ";")
    #expect(
      result.ledger.timeLines == [
        "2025-03-03 Atelier Rosenthal 9000s billable 225.00 EUR",
        "2025-03-04 Atelier Rosenthal 39600s billable 1045.00 EUR",
        "2025-03-05 Café Lindgren 4050s non-billable 0.00 EUR",
      ])
    #expect(result.diagnostics.isEmpty)
  }

  /// A Toggl account set to Japanese writes Billable as `はい`/`いいえ` (the shape of a real export,
  /// 7pairs/toggl2html's sample).
  @Test func billableInTheAccountsLanguage() throws {
    let text = """
      User,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,End time,Duration,Tags,Amount ()
      ちぃといつ,a@example.com,第3領域,生活,,睡眠,いいえ,2014-06-23,00:00:00,2014-06-23,08:00:00,08:00:00,,
      ちぃといつ,a@example.com,第4領域,仕事,,設計,はい,2014-06-23,10:00:00,2014-06-23,12:00:00,02:00:00,,

      """
    let result = try importCSV([("j.csv", text)])
    #expect(result.files[0].format == "toggl time")
    #expect(
      result.ledger.timeLines == [
        "2014-06-23 第3領域 28800s non-billable no value", "2014-06-23 第4領域 7200s billable no value",
      ])
    for (cell, billable) in [("Nei", false), ("nee", false), ("Não", false), ("sim", true), ("نعم", true)] {
      #expect(BillableText.parse(cell) == billable, "\(cell)")
    }
  }

  /// Excel's "Text (Tab delimited)".
  @Test func tabDelimited() throws {
    let text = """
      User\tEmail\tClient\tProject\tTask\tDescription\tBillable\tStart date\tStart time\tEnd date\tEnd time\tDuration\tTags\tAmount (USD)
      Maya Ortiz\tmaya@ortiz.studio\tNorthwind Studio\tSite\tDesign\tWireframes, v1\tYes\t2025-03-03\t09:00:00\t2025-03-03\t11:30:00\t02:30:00\tdesign\t237.50
      Maya Ortiz\tmaya@ortiz.studio\tBluebird Bakery\tMenu\t\tCall\tNo\t2025-03-04\t10:00:00\t2025-03-04\t10:20:00\t00:20:00\t\t

      """
    let result = try importCSV([("t.tsv", text)])
    #expect(result.files[0].delimiter == "\t")
    #expect(result.files[0].format == "toggl time")
    #expect(
      result.ledger.timeLines == [
        "2025-03-03 Northwind Studio 9000s billable 237.50 USD",
        "2025-03-04 Bluebird Bakery 1200s non-billable no value",
      ])
  }

  /// Excel's "Unicode Text": UTF-16 little-endian with a byte order mark, tab-delimited.
  @Test func utf16LittleEndianWithByteOrderMark() throws {
    let text =
      "\"Project\"\t\"Client\"\t\"Description\"\t\"Billable\"\t\"Start Date\"\t\"Duration (h)\"\t\"Billable Amount (EUR)\"\r\n"
      + "\"Speisekarte\"\t\"Café Lindgren\"\t\"Druckdaten – final\"\t\"Yes\"\t\"06.03.2025\"\t\"01:30:00\"\t\"135.00\"\r\n"
      + "\"Katalog\"\t\"Atelier Rosenthal\"\t\"Titelseite\"\t\"No\"\t\"07.03.2025\"\t\"00:15:00\"\t\"0.00\"\r\n"
    var bytes: [UInt8] = [0xFF, 0xFE]
    for unit in text.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
    let result = try importAccounted([InputFile(path: "u.txt", bytes: bytes)], options: ImportOptions())
    #expect(result.files[0].encoding == "UTF-16LE")
    #expect(
      result.ledger.timeLines == [
        "2025-03-06 Café Lindgren 5400s billable 135.00 EUR",
        "2025-03-07 Atelier Rosenthal 900s non-billable 0.00 EUR",
      ])
    #expect(result.diagnostics.map(\.description) == ["u.txt: note: read as UTF-16LE"])
  }

  /// A file saved in Windows-1252: `é` is the byte E9 and `€` the byte 80.
  @Test func windows1252Bytes() throws {
    let text =
      "Date,From,To,Duration,Currency,Price,Customer,Activity,Description,Billable\n"
      + "2025-03-06,23:30,01:00,1:30,EUR,135,Café Lindgren,Satz,Druckdaten 135 €,1\n"
    let bytes = text.unicodeScalars.map { scalar -> UInt8 in scalar == "€" ? 0x80 : UInt8(scalar.value) }
    let result = try importAccounted([InputFile(path: "k.csv", bytes: bytes)], options: ImportOptions())
    #expect(result.files[0].encoding == "Windows-1252")
    #expect(result.ledger.timeLines == ["2025-03-06 Café Lindgren 5400s billable 135.00 EUR"])
    #expect(
      result.diagnostics.map(\.description) == [
        "k.csv: note: read as Windows-1252: not valid UTF-8 at line 2, column 40"
      ])
  }

  @Test func thousandsSeparatorsAndCurrencySymbols() throws {
    let text = """
      date,client,amount,description
      2025-03-01,Acme,"$1,234.50",hosting
      2025-03-02,Acme,"€1.234,50",travel
      2025-03-03,Acme,£12 345.00,equipment
      2025-03-04,Acme,(40.00),refund
      2025-03-05,Acme,"1,234,567.89",a big one

      """
    let result = try importCSV([("e.csv", text)], options: ImportOptions(currency: .code("USD")))
    #expect(
      result.ledger.expenseLines == [
        "2025-03-01 Acme 1234.50 USD hosting", "2025-03-02 Acme 1234.50 EUR travel",
        "2025-03-03 Acme 12345.00 GBP equipment", "2025-03-04 Acme -40.00 USD refund",
        "2025-03-05 Acme 1234567.89 USD a big one",
      ])
  }

  @Test func dayFirstDates() throws {
    let text = "date,client,hours\n31/01/2025,Acme,1\n05/02/2025,Acme,2\n"
    let result = try importCSV([("t.csv", text)])
    #expect(
      result.ledger.timeLines == ["2025-01-31 Acme 3600s billable no value", "2025-02-05 Acme 7200s billable no value"])
  }

  @Test func aDateTimeWhereADateIsExpected() throws {
    let text = """
      invoice,client,issue_date,due_date,amount,currency
      A1,Acme,2025-01-31T17:02:00Z,03/14/2025 5:02 PM,100.00,USD
      A2,Acme,2025-02-28 09:15,2025-03-30T00:00:00+01:00,200.00,USD

      """
    let result = try importCSV([("i.csv", text)])
    #expect(
      result.ledger.invoiceLines == [
        "A1 Acme 2025-01-31 due 2025-03-14 100.00 USD issued paid - -",
        "A2 Acme 2025-02-28 due 2025-03-30 200.00 USD issued paid - -",
      ])
  }

  /// A trailing totals row is said in a note and skipped, never read as data nor an error.
  @Test(arguments: [
    (
      "toggl.csv",
      "Client,Start date,Start time,Duration,Amount (USD)\nAcme,2025-03-03,09:00:00,01:00:00,95.00\n"
        + "Acme,2025-03-04,09:00:00,00:30:00,47.50\nTotal,,,01:30:00,142.50\n", "Total"
    ),
    (
      "harvest.csv",
      "Date;Client;Hours;First Name;Last Name\n03.03.2025;Acme;1;A;B\n04.03.2025;Acme;0,5;A;B\nSumme;;1,5;;\n",
      "Summe"
    ),
    ("native.csv", "date,client,hours\n2025-03-03,Acme,1\n2025-03-04,Acme,0.5\n,Grand total:,1.5\n", "Grand total:"),
  ])
  func trailingTotalsRowsBecomeNotes(file: String, text: String, label: String) throws {
    let result = try importCSV([(file, text)])
    #expect(result.ledger.timeEntries.map(\.seconds) == [3600, 1800])
    #expect((result.files[0].rowsRead, result.files[0].rowsImported, result.files[0].rowsSkipped) == (3, 2, 1))
    #expect(
      result.diagnostics.map(\.description) == ["\(file):4:1: note: a totals row ('\(label)'), not data; skipped"])
  }
}

/// Issue 24: a spreadsheet in Arabic writes its numbers and dates in Arabic-Indic (٠–٩) or Persian
/// (۰–۹) digits, with `٫` for the decimal mark and `٬` for thousands; they read as the same numbers
/// in Western digits, and a cell that is still not a number is quoted as written.
@Suite struct NativeDigitsTests {
  @Test func arabicIndicAndPersianDigitsReadAsTheSameNumbers() throws {
    let time = """
      date,client,hours,billable,rate,currency
      ٢٠٢٦-٠١-٠٥,مكتبة الورّاق,٢٫٥,yes,١٠٠,USD
      ۲۰۲۶-۰۱-۰۶,مكتبة الورّاق,۱:۳۰,yes,١٬٠٠٠٫٠٠,USD
      2026-01-07,مكتبة الورّاق,1.25,no,,USD

      """
    let invoices = """
      invoice,client,issue_date,amount,currency
      ١٢,مكتبة الورّاق,٣١/٠١/٢٠٢٦,١٬٧٥٠٫٠٠,USD

      """
    let result = try importCSV([("t.csv", time), ("i.csv", invoices)])
    #expect(
      result.ledger.timeLines == [
        "2026-01-05 مكتبة الورّاق 9000s billable 250.00 USD",
        "2026-01-06 مكتبة الورّاق 5400s billable 1500.00 USD",
        "2026-01-07 مكتبة الورّاق 4500s non-billable no value",
      ])
    #expect(result.ledger.invoiceLines == ["١٢ مكتبة الورّاق 2026-01-31 due - 1750.00 USD issued paid - -"])
    #expect(result.diagnostics.isEmpty)
  }

  @Test func theArabicDecimalMarkIsTheFilesDecimalMark() {
    #expect(NativeDigits.western("١٬٢٣٤٫٥٠", decimalSeparator: .point) == "1234.50")
    #expect(NativeDigits.western("١٬٢٣٤٫٥٠", decimalSeparator: .comma) == "1234,50")
    #expect(NativeDigits.western("12.5 h", decimalSeparator: .point) == "12.5 h")
  }

  @Test func aCellThatIsStillNotANumberIsQuotedAsWritten() throws {
    let time = "date,client,hours,billable\n٢٠٢٦-٠١-٠٥,Acme,٢x,yes\n2026-01-06,Acme,1,yes\n"
    let result = try importCSV([("t.csv", time)])
    #expect(
      result.diagnostics.map(\.message) == [
        "column 'hours': '٢x' is not a duration (hours such as 1.5, or H:MM[:SS]); row skipped"
      ])
  }
}
