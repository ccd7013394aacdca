import Testing

@testable import Reports

@Suite struct CSVWriterTests {
  @Test(arguments: [
    ("=SUM(A1)", "'=SUM(A1)"), ("+1", "'+1"), ("-x", "'-x"), ("@a", "'@a"), ("\tx", "'\tx"),
    ("\rx", "\"'\rx\""),  // guarded, then quoted for the carriage return
    ("say \"hi\"", "\"say \"\"hi\"\"\""), ("a,b", "\"a,b\""), ("two\nlines", "\"two\nlines\""),
    ("=1,2", "\"'=1,2\""), ("plain", "plain"), ("", ""), ("a=b", "a=b"), (" =x", " =x"),
  ])
  func textCells(text: String, expected: String) {
    #expect(CSVWriter.field(.text(text)) == expected)
  }

  @Test func numbersAreNeverGuarded() {
    #expect(CSVWriter.field(.number("-12.50")) == "-12.50")
    #expect(CSVWriter.field(.number(nil)) == "")
  }

  @Test func rowsEndInCRLF() {
    #expect(
      CSVWriter.row([.text("-Acme, Inc"), .number("-1.00"), .number(nil), .text("losing")])
        == "\"'-Acme, Inc\",-1.00,,losing\r\n")
  }
}
