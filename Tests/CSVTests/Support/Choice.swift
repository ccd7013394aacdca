/// A question the suites answer differently, on which our reader makes one documented choice.
///
/// Each topic has a section in `docs/csv.md` with the same title (checked by a test), giving the choice and why.
enum Choice: String, CaseIterable, Sendable {
  case blankLine = "Blank lines"
  case byteOrderMark = "Byte order mark"
  case whitespaceAroundQuotes = "Whitespace around quoted fields"
  case quoteInUnquotedField = "Quote inside an unquoted field"
  case textAfterClosingQuote = "Text after a closing quote"
  case unterminatedQuote = "Unterminated quote at end of input"
  case raggedRows = "Ragged rows"
  case lineEndings = "Line endings: CR, LF, CRLF and mixtures"
  case lineBreakInQuotes = "Line breaks inside quoted fields"
  case nulByte = "NUL bytes"
  case encoding = "Encodings"
  case emptyValues = "Empty, quoted empty and NULL"
}

/// What we do with one suite case that does not simply have to match the suite's expectation.
enum Verdict: Sendable {
  /// Not run: the case needs an option our reader does not have (or tests something that is not CSV).
  case skip(String)
  /// We differ from the suite on purpose: `ours` is what our reader gives, as JSON text in the suite's form.
  case choice(Choice, ours: String)
  /// The suite only says "this is an error"; `ours` is our exact result (JSON text), which must contain one.
  case error(ours: String)

  var isSkip: Bool {
    if case .skip = self { return true }
    return false
  }
}

/// How a suite's cases split: the case matches the suite, differs by a documented choice, or is skipped.
struct Tally: Hashable, Sendable, CustomStringConvertible {
  var agree = 0
  var choice = 0
  var skip = 0

  /// Counts `names` against `verdicts` (a case with no verdict must agree with the suite).
  init(names: [String], verdicts: [String: Verdict]) {
    for name in names {
      switch verdicts[name] {
      case nil, .error: agree += 1
      case .choice: choice += 1
      case .skip: skip += 1
      }
    }
  }

  init(agree: Int, choice: Int, skip: Int) {
    self.agree = agree
    self.choice = choice
    self.skip = skip
  }

  var description: String { "\(agree) agree, \(choice) by choice, \(skip) skipped" }
}
