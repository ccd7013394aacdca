import Domain
import Testing

@testable import Importers

/// Imports CSV text given inline, the way the CLI passes file bytes.
func importCSV(_ files: [(String, String)], options: ImportOptions = ImportOptions()) throws(ImportError)
  -> ImportResult
{
  try importAccounted(files.map { InputFile(path: $0.0, bytes: Array($0.1.utf8)) }, options: options)
}

@Suite struct ImporterTests {
  let usd = Currency(code: "USD") ?? .unknown

  @Test func importsEveryNativeKind() throws {
    let result = try importCSV([
      (
        "t.csv",
        "date,client,hours,billable,rate,currency\n2026-01-05,Acme,1.5,yes,100,USD\n2026-01-06,acme,0:45,no,,USD\n"
      ),
      (
        "i.csv",
        "invoice,client,issue_date,due_date,amount,currency,status,paid_date,paid_amount\n"
          + "A1,ACME,2026-01-31,,\"1,234.50\",USD,paid,2026-02-20,\n"
      ),
      ("p.csv", "invoice,date,amount\nA1,2026-02-21,10.00\n"),
      ("e.csv", "date,client,amount,currency,description\n2026-01-07,Acme,(12.00),USD,refund of a fee\n"),
      ("x.csv", "date,client,kind,note\n2026-01-08,Acme,Out of hours,Sunday call\n"),
    ])
    let ledger = result.ledger
    #expect(result.diagnostics.isEmpty)
    #expect(ledger.timeEntries.map(\.seconds) == [5400, 2700])
    #expect(ledger.timeEntries.map(\.billable) == [true, false])
    #expect(ledger.timeEntries[0].value == Money(minorUnits: 15000, currency: usd))
    #expect(ledger.timeEntries[1].value == nil)
    #expect(ledger.invoices[0].amount == Money(minorUnits: 123_450, currency: usd))
    #expect(ledger.invoices[0].paidDay == Day(iso: "2026-02-20"))
    #expect(ledger.payments[0].amount == Money(minorUnits: 1000, currency: usd))
    #expect(ledger.expenses[0].amount == Money(minorUnits: -1200, currency: usd))
    #expect(ledger.incidents[0].kind == .outOfHours)
    #expect(Set(ledger.clientKeys) == [ClientKey("acme")])
    #expect(result.files.map(\.rowsImported) == [2, 1, 1, 1, 1])
  }

  @Test func aBadCellSkipsItsRowWithFileLineAndColumn() throws {
    let result = try importCSV([
      ("t.csv", "date,client,hours\n2026-01-05,Acme,1\n2026-02-30,Acme,2\n2026-01-07,Acme,1.2.3\nTotal,,4.2\n")
    ])
    #expect(result.ledger.timeEntries.count == 1)
    #expect(result.files[0].rowsRead == 4)
    #expect(result.files[0].rowsSkipped == 3)
    #expect(
      result.diagnostics.map(\.description) == [
        "t.csv:3:1: error: column 'date': '2026-02-30' is not a real day; row skipped",
        "t.csv:4:17: error: column 'hours': '1.2.3' is not a duration (hours such as 1.5, or H:MM[:SS]); row skipped",
        "t.csv:5:1: note: a totals row ('Total'), not data; skipped",
      ])
  }

  /// A Stripe payments export a spreadsheet saved again with semicolons, some columns left out when it
  /// was exported (a real file's header, github streaming-overlays/stripe-country-revenue-calculator):
  /// the error names the tool, shows the header split at its semicolons and the columns Stripe's format
  /// lacks, rather than one column and the native formats.
  @Test func anUnknownSemicolonHeaderIsExplainedSplitAtItsSemicolons() {
    let header =
      "Created date (UTC);Amount;Currency;Captured;Converted Amount;Converted Currency;Fee;Payment Source Type;"
      + "Status;Taxes On Fee;Card Address Country;Card Funding;Card Issue Country;Customer ID;Invoice Number"
    do {
      _ = try importCSV([("p.csv", header + "\r\n2024-06-07 02:38:54;15.00;usd;TRUE;534.80;thb;35.40;card;Paid\r\n")])
      Issue.record("expected an error")
    } catch {
      #expect(error.message == "the header matches no known format; it looks like a stripe payments export")
      #expect(error.details.first == "  header: " + header.replacingOccurrences(of: ";", with: ","))
      #expect(error.details.dropFirst(2).first == "  stripe payments: missing 'id', 'Amount Refunded'")
    }
  }

  /// A Toggl export a spreadsheet read as one column and saved (each line one quoted field, its quotes
  /// doubled; a real file's first lines, github Finest-Trash-Mammal/toggl-converter): the error says
  /// what happened and how to mend it, not "no known format". A quoted header of unknown columns is
  /// still "no known format".
  @Test func aFileSavedAsOneColumnIsToldSo() {
    let lines = [
      "\u{FEFF}\"User,\"\"Email\"\",\"\"Client\"\",\"\"Project\"\",\"\"Task\"\",\"\"Description\"\",\"\"Billable\"\","
        + "\"\"Start date\"\",\"\"Start time\"\",\"\"End date\"\",\"\"End time\"\",\"\"Duration\"\",\"\"Tags\"\"\"",
      "\"zander.nel@entelect.co.za,\"\"zander.nel@entelect.co.za\"\",\"\"\"\",\"\"Munich RE - Admin\"\",\"\"\"\","
        + "\"\"Sprint planning\"\",\"\"No\"\",\"\"2025-07-01\"\",\"\"15:30:00\"\",\"\"2025-07-01\"\","
        + "\"\"16:30:00\"\",\"\"01:00:00\"\",\"\"\"\"\"",
    ]
    do {
      _ = try importCSV([("t.csv", lines.joined(separator: "\r\n") + "\r\n")])
      Issue.record("expected an error")
    } catch {
      #expect(
        error.description
          == "t.csv:1:1: error: each line is one quoted field holding a whole row of a toggl time export (a "
          + "spreadsheet saved the file as one column): export it again, or split the column at ',' and save it "
          + "as CSV")
      #expect(error.unknownFormat)
    }
    do {
      _ = try importCSV([("n.csv", "\"date\tclient\thours\"\n\"2026-01-05\tAcme\t1\"\n")])
      Issue.record("expected an error")
    } catch {
      #expect(
        error.message
          == "each line is one quoted field holding a whole row of a native time file (a spreadsheet saved the file "
          + "as one column): export it again, or split the column at 'TAB' and save it as CSV")
    }
    do {
      _ = try importCSV([("u.csv", "\"a,b,c\"\n\"1,2,3\"\n")])
      Issue.record("expected an error")
    } catch {
      #expect(error.message == "the header matches no known format")
    }
  }

  /// Where no delimiter splits the first record, the comma's reading is the one explained.
  @Test func anUnknownHeaderOfOneFieldIsExplainedAsTheCommaReadsIt() {
    do {
      _ = try importCSV([("x.csv", "just some words\nmore words\n")])
      Issue.record("expected an error")
    } catch {
      #expect(error.details.first == "  header: just some words")
    }
  }

  @Test func aTwoDigitYearSkipsItsRowSayingWhy() throws {
    let result = try importCSV([("t.csv", "date,client,hours\n8/14/18,Acme,1\n08/15/2018,Acme,2\n")])
    #expect(result.ledger.timeEntries.count == 1)
    #expect(
      result.diagnostics.map(\.description) == [
        "t.csv:2:1: error: column 'date': '8/14/18' has a two-digit year, whose century is not guessed (a "
          + "spreadsheet that saved the file again may have shortened it): export the file again; row skipped"
      ])
  }

  @Test func semicolonFilesReadDecimalCommas() throws {
    let result = try importCSV([("t.csv", "date;client;hours;amount;currency\n05.01.2026;Acme;1,5;1.234,50;EUR\n")])
    let entry = try #require(result.ledger.timeEntries.first)
    #expect(entry.seconds == 5400)
    #expect(entry.day == Day(iso: "2026-01-05"))
    #expect(entry.value == Money(minorUnits: 123_450, currency: Currency(code: "EUR") ?? .unknown))
  }
}

@Suite struct LedgerCheckTests {
  @Test func aSecondRowForTheSameInvoiceIsSkippedAndAccounted() throws {
    let result = try importCSV([
      ("a.csv", "invoice,client,issue_date,amount,currency\nA1,Acme,2026-01-31,100.00,USD\nA1,Bob,2026-01-31,5,USD\n"),
      ("b.csv", "invoice,client,issue_date,amount,currency\nA1,ACME,2026-02-01,120.00,USD\n"),
    ])
    #expect(result.ledger.invoices.count == 2)
    #expect(result.files.map(\.rowsImported) == [2, 0])
    #expect(result.files.map(\.rowsSkipped) == [0, 1])
    #expect(
      result.diagnostics.map(\.description) == [
        "b.csv:2:1: error: invoice A1 for ACME is listed twice with different figures; the first row at a.csv:2:1 "
          + "is used; row skipped"
      ])
  }

  @Test func moneyReceivedBeforeTheInvoiceWasIssuedIsAWarning() throws {
    let result = try importCSV([
      ("i.csv", "invoice,client,issue_date,amount,currency,paid_date\nA1,Acme,2026-01-31,100.00,USD,2026-01-02\n"),
      ("p.csv", "invoice,date,amount\nA1,2026-01-30,10.00\n"),
    ])
    #expect(result.ledger.invoices.count == 1)
    #expect(result.ledger.payments.count == 1)
    #expect(
      result.diagnostics.map(\.description) == [
        "i.csv:2:1: warning: invoice A1 is marked paid on 2026-01-02, before it was issued on 2026-01-31",
        "p.csv:2:1: warning: payment for invoice A1 is dated 2026-01-30, before the invoice was issued on 2026-01-31",
      ])
  }

  /// Spec §1: a currency is never assumed, not even the only one the rest of the data is in.
  @Test func anAmountWithoutACurrencyStopsTheRunWithoutTheSetting() {
    let files = [
      ("i.csv", "invoice,client,issue_date,amount,currency\nA1,Acme,2026-01-31,100,JPY\n"),
      ("e.csv", "date,client,amount\n2026-01-02,Acme,1500\n"),
    ]
    #expect {
      try importCSV(files)
    } throws: { error in
      (error as? ImportError)?.description
        == "e.csv:2:1: error: this amount has no currency (no currency column, none in the header) and none is "
        + "set (currencies seen: JPY); a currency is never assumed: add a currency column, or set \"currency\" "
        + "in clientworth.json (or pass --currency)"
    }
  }

  /// With the setting, the amounts take it, and one note per file says so.
  @Test func anAmountWithoutACurrencyTakesTheSettingAndSaysSo() throws {
    let result = try importCSV(
      [
        ("i.csv", "invoice,client,issue_date,amount,currency\nA1,Acme,2026-01-31,100,JPY\n"),
        ("e.csv", "date,client,amount\n2026-01-02,Acme,1500\n2026-01-03,Acme,20\n"),
      ], options: ImportOptions(currency: .code("JPY")))
    #expect(result.ledger.expenses.map(\.amount.description) == ["1500 JPY", "20 JPY"])
    #expect(
      result.diagnostics.map(\.description) == [
        "e.csv: note: 2 amounts name no currency (no currency column, none in the header): read as JPY, the "
          + "\"currency\" setting"
      ])
  }

  @Test func anAmountWhoseCurrencyCannotBeSettledIsAnError() {
    #expect(throws: ImportError.self) {
      try importCSV([
        ("i.csv", "invoice,client,issue_date,amount,currency\nA1,Acme,2026-01-31,100.00,USD\nA2,B,2026-01-31,1,EUR\n"),
        ("e.csv", "date,client,amount\n2026-01-02,Acme,15\n"),
      ])
    }
  }

  @Test func fatalErrorsShowTheLineWithACaret() {
    do {
      _ = try importCSV([("t.csv", "date,client,hours\n2026-01-05,\"Acme,1\n")])
      Issue.record("expected an error")
    } catch {
      #expect(error.line == 2)
      #expect(error.column == 12)
      #expect(error.details == ["2 | 2026-01-05,\"Acme,1", "  |            ^"])
    }
  }
}

@Test func fieldOrdinalsAreThePlacesInAllCases() {
  #expect(Field.allCases.map(\.ordinal) == Array(Field.allCases.indices))
}
