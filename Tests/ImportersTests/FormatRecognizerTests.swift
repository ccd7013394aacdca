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
}
