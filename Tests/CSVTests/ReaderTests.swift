import CSV
import Testing

/// One input and what reading it must give: records (`["a", "b"]`) and errors (`.error("!name line:column")`).
struct ReaderCase: Sendable, CustomTestStringConvertible {
  var input: String
  var expected: [Read.Summary]
  var dialect: CSVDialect

  init(_ input: String, _ expected: [Read.Summary], _ dialect: CSVDialect = CSVDialect()) {
    self.input = input
    self.expected = expected
    self.dialect = dialect
  }

  var testDescription: String { input.debugDescription }
}

extension Read.Summary: ExpressibleByArrayLiteral {
  init(arrayLiteral fields: String...) { self = .record(fields) }
}

/// The reader's case table: every case runs through the whole-buffer reader and the chunk-fed reader with
/// 1-byte and 7-byte chunks, which must agree on every record, position and error (csv-core's four-way
/// `parses_to!`); then the records and errors must be the ones listed.
@Suite struct ReaderTests {
  static let tiny = CSVDialect(maxFieldBytes: 3)
  static let semicolon = CSVDialect(delimiter: UInt8(ascii: ";"))
  static let tab = CSVDialect(delimiter: UInt8(ascii: "\t"))

  static let cases: [ReaderCase] = [
    // Records, fields and line ends.
    ReaderCase("", []),
    ReaderCase("a", [["a"]]),
    ReaderCase("a,b,c", [["a", "b", "c"]]),
    ReaderCase(",", [["", ""]]),
    ReaderCase("a,", [["a", ""]]),
    ReaderCase(",a", [["", "a"]]),
    ReaderCase("a,b\n", [["a", "b"]]),
    ReaderCase("a,b\r\n", [["a", "b"]]),
    ReaderCase("a,b\r", [["a", "b"]]),
    ReaderCase("a\nb\rc\r\nd", [["a"], ["b"], ["c"], ["d"]]),
    ReaderCase("a,\nb", [["a", ""], ["b"]]),
    ReaderCase("a,\r\nb,\r", [["a", ""], ["b", ""]]),
    // Empty lines give no record; a line of spaces is a record.
    ReaderCase("\n", []),
    ReaderCase("\r\n\r\n", []),
    ReaderCase("\n\r", []),
    ReaderCase("a\n\nb", [["a"], ["b"]]),
    ReaderCase("a\r\rb", [["a"], ["b"]]),
    ReaderCase("a\n\r\nb\n\n", [["a"], ["b"]]),
    ReaderCase(" \n", [[" "]]),
    ReaderCase(",,\n", [["", "", ""]]),
    // Quoted fields.
    ReaderCase("\"\"", [[""]]),
    ReaderCase("\"a\"", [["a"]]),
    ReaderCase("\"a\",\"b\"", [["a", "b"]]),
    ReaderCase("\"a\",", [["a", ""]]),
    ReaderCase("\"a,b\"", [["a,b"]]),
    ReaderCase("\"\"\"\"", [["\""]]),
    ReaderCase("\"\"\"\"\"\"", [["\"\""]]),
    ReaderCase("\"a\"\"b\",c", [["a\"b", "c"]]),
    ReaderCase("\"a\"\"\"", [["a\""]]),
    ReaderCase("\"\"\"a\"", [["\"a"]]),
    ReaderCase("\"a\nb\"", [["a\nb"]]),
    ReaderCase("\"a\r\nb\"\r\nc", [["a\r\nb"], ["c"]]),
    ReaderCase("\"a\rb\"\rc", [["a\rb"], ["c"]]),
    ReaderCase("\"\n\"\n\"\r\"", [["\n"], ["\r"]]),
    ReaderCase("\"a\"\"\nb\"\"\"", [["a\"\nb\""]]),
    ReaderCase("\"a\"\r\n", [["a"]]),
    ReaderCase("\"a\"\r", [["a"]]),
    // A quote that is not the first byte of a field is data.
    ReaderCase("a\"b", [["a\"b"]]),
    ReaderCase("a\"\"b,c\"", [["a\"\"b", "c\""]]),
    ReaderCase(" \"a\"", [[" \"a\""]]),
    ReaderCase("12\" pipe,3", [["12\" pipe", "3"]]),
    // A byte after a closing quote spoils the record; reading goes on after the line break, quotes there
    // included, and the next record keeps its number.
    ReaderCase("\"a\"b", [.error("!unexpectedByteAfterQuote 1:4")]),
    ReaderCase("\"a\" ,b\nc", [.error("!unexpectedByteAfterQuote 1:4"), ["c"]]),
    ReaderCase("\"a\"\t\r\nc", [.error("!unexpectedByteAfterQuote 1:4"), ["c"]]),
    ReaderCase("x,\"a\"b\"c,\"d\ne", [.error("!unexpectedByteAfterQuote 1:6"), ["e"]]),
    ReaderCase("\"a\"é\ne", [.error("!unexpectedByteAfterQuote 1:4"), ["e"]]),
    ReaderCase("\"a\"😀\ne", [.error("!unexpectedByteAfterQuote 1:4"), ["e"]]),
    ReaderCase(
      "\"a\"b\r\"c\"d\re", [.error("!unexpectedByteAfterQuote 1:4"), .error("!unexpectedByteAfterQuote 2:4"), ["e"]]),
    ReaderCase("\"a\nb\"c,d\ne", [.error("!unexpectedByteAfterQuote 2:3"), ["e"]]),
    // An unterminated quote is fatal, at its opening quote.
    ReaderCase("\"", [.error("!unterminatedQuote 1:1")]),
    ReaderCase("\"a", [.error("!unterminatedQuote 1:1")]),
    ReaderCase("a,\"b\nc,d\n", [.error("!unterminatedQuote 1:3")]),
    ReaderCase("a\n\"b\"\"", [["a"], .error("!unterminatedQuote 2:1")]),
    ReaderCase("a\r\"b\r", [["a"], .error("!unterminatedQuote 2:1")]),
    ReaderCase("é,\"", [.error("!unterminatedQuote 1:3")]),
    ReaderCase("\"a\"b\n\"c", [.error("!unexpectedByteAfterQuote 1:4"), .error("!unterminatedQuote 2:1")]),
    // A UTF-8 BOM at byte 0 is skipped; anywhere else it is data.
    ReaderCase("\u{FEFF}", []),
    ReaderCase("\u{FEFF}a,b", [["a", "b"]]),
    ReaderCase("\u{FEFF}\"a\"", [["a"]]),
    ReaderCase("\u{FEFF}\n", []),
    ReaderCase("\u{FEFF}\u{FEFF}a", [["\u{FEFF}a"]]),
    ReaderCase("a\u{FEFF},\u{FEFF}b\n\u{FEFF}c", [["a\u{FEFF}", "\u{FEFF}b"], ["\u{FEFF}c"]]),
    ReaderCase("\u{FE}", [["\u{FE}"]]),
    // Other bytes are data: NUL (the decoder rejects it, the reader does not), control characters, UTF-8.
    ReaderCase("a\u{0}b,\u{0}", [["a\u{0}b", "\u{0}"]]),
    ReaderCase("\"\u{8}\t\u{B}\u{C}\"", [["\u{8}\t\u{B}\u{C}"]]),
    ReaderCase("é,ü€,😀", [["é", "ü€", "😀"]]),
    // Other delimiters.
    ReaderCase("a;\"b;c\";d,e", [["a", "b;c", "d,e"]], semicolon),
    ReaderCase("a\tb\t\n\"c\td\"", [["a", "b", ""], ["c\td"]], tab),
    // The field size cap, counted on the value (doubled quotes count once).
    ReaderCase("abc,\"def\",\"g\"\"h\"", [["abc", "def", "g\"h"]], tiny),
    ReaderCase("abcd", [.error("!fieldTooLong 1:1")], tiny),
    ReaderCase("a,bcde\nf", [.error("!fieldTooLong 1:3")], tiny),
    ReaderCase("a\n\"bcde\"", [["a"], .error("!fieldTooLong 2:1")], tiny),
    ReaderCase("\"a\"\"bc\"", [.error("!fieldTooLong 1:1")], tiny),
    ReaderCase("\"ab\ncd", [.error("!fieldTooLong 1:1")], tiny),
  ]

  @Test(arguments: cases)
  func readsAsListed(_ testCase: ReaderCase) {
    let events = Read.agreed(Array(testCase.input.utf8), dialect: testCase.dialect)
    #expect(Read.summary(events) == testCase.expected)
  }
}
