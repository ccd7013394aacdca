import Domain
import Testing

@testable import Importers

@Suite struct FormatRecognizerTests {
  @Test(arguments: [
    ("date,client,project,task,person,hours,billable,rate,amount,currency,description", "native time"),
    ("Client,Date,Duration", "native time"),
    ("invoice,client,issue_date,due_date,amount,currency,status,paid_date,paid_amount", "native invoices"),
    ("Invoice,Client,Issue Date,Amount,Currency", "native invoices"),
    ("invoice,date,amount,currency", "native payments"),
    ("date,client,amount,currency,description", "native expenses"),
    ("date,client,kind,note", "native incidents"),
  ])
  func recognisesNativeHeadersInAnyCaseAndOrder(header: String, format: String) throws {
    let recognized = try FormatRecognizer.recognize(
      header: header.split(separator: ",").map(String.init), file: "x.csv")
    #expect(recognized.format.name == format)
  }

  @Test func unknownHeaderListsTheClosestFormatsAndWhatTheyMiss() {
    do {
      _ = try FormatRecognizer.recognize(header: ["date", "client", "minutes"], file: "log.csv")
      Issue.record("expected an error")
    } catch {
      #expect(error.file == "log.csv")
      #expect(error.message == "the header matches no known format")
      #expect(error.details.contains("  native time: missing 'hours or duration'"))
      #expect(error.details.contains("  header: date,client,minutes"))
    }
  }

  @Test func duplicateColumnsAreAnError() {
    #expect(throws: ImportError.self) {
      try FormatRecognizer.recognize(header: ["date", "client", "hours", "Hours"], file: "x.csv")
    }
  }

  /// Every export fixture is recognised by its header alone, whatever the file is called.
  @Test(arguments: [
    ("toggl/detailed.csv", "toggl time"), ("toggl/time-entries-2026.csv", "toggl time"),
    ("clockify/detailed.csv", "clockify time"), ("clockify/detailed-eu.csv", "clockify time"),
    ("clockify/detailed-kiosk.csv", "clockify time"),
    ("harvest/time.csv", "harvest time"), ("harvest/time-eu.csv", "harvest time"),
    ("harvest/time-2018.csv", "harvest time"), ("kimai/export.csv", "kimai time"),
    ("kimai/export-2025.csv", "kimai time"),
    ("harvest/invoices.csv", "harvest invoices"), ("harvest/invoice-payments.csv", "harvest payments"),
    ("harvest/expenses.csv", "harvest expenses"), ("freshbooks/invoice-details.csv", "freshbooks invoices"),
    ("freshbooks/invoice-details-with-due.csv", "freshbooks invoices"),
    ("quickbooks/ar-aging-detail.csv", "quickbooks invoices"), ("quickbooks/open-invoices.csv", "quickbooks invoices"),
    ("stripe/invoices.csv", "stripe invoices"), ("xero/sales-invoices.csv", "xero invoices"),
    ("invoiceninja/invoices.csv", "invoice ninja invoices"),
  ])
  func recognisesEachExportByItsHeader(file: String, format: String) throws {
    var renamed = try Fixture.file(file)
    renamed.path = "export.csv"
    let result = try importAccounted([renamed], options: ImportOptions(currency: Currency(code: "USD")))
    #expect(result.files.map(\.format) == [format])
  }

  @Test func aToolHeaderMissingAColumnNamesTheToolAndTheColumn() {
    do {
      _ = try FormatRecognizer.recognize(
        header: ["User", "Email", "Client", "Project", "Start date", "Start time", "End date"], file: "t.csv")
      Issue.record("expected an error")
    } catch {
      #expect(error.details[2] == "  toggl time: missing 'Duration or End time'")
    }
  }

  /// A translated export (Clockify in German) matches nothing, and the error says what was found.
  @Test func aTranslatedHeaderIsAnErrorShowingTheHeader() {
    let header = ["Projekt", "Kunde", "Beschreibung", "Startdatum", "Dauer (h)"]
    do {
      _ = try FormatRecognizer.recognize(header: header, file: "de.csv")
      Issue.record("expected an error")
    } catch {
      #expect(error.description == "de.csv:1:1: error: the header matches no known format")
      #expect(error.details.first == "  header: Projekt,Kunde,Beschreibung,Startdatum,Dauer (h)")
    }
  }

  @Test func xeroRequiredColumnMarksAreIgnored() throws {
    let header = ["*ContactName", "*InvoiceNumber", "*InvoiceDate", "*DueDate", "Total", "Currency"]
    #expect(try FormatRecognizer.recognize(header: header, file: "x.csv").format.name == "xero invoices")
  }

  @Test func currenciesInHeadersAreRead() throws {
    let header = ["Client", "Start Date", "Duration (h)", "Billable Rate (EURO)", "Billable Amount (usd)"]
    let recognized = try FormatRecognizer.recognize(header: header, file: "c.csv")
    #expect(recognized.headerCurrencies[.rate]?.code == "EUR")
    #expect(recognized.headerCurrencies[.amount]?.code == "USD")
  }
}
