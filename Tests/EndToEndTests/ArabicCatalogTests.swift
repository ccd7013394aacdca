import Foundation
import TestSupport
import Testing

/// Every command and format in Arabic, on SampleData and on the bad-input fixtures: no Latin word
/// reaches the output outside a name, a code, a path or an amount's currency code
/// (`UntranslatedText`), so a text that skipped the catalog fails here.
@Suite struct ArabicCatalogTests {
  static let root = SampleDataTests.root
  static let badInput = "Tests/EndToEndTests/Fixtures/bad-input/"
  /// Arabic from the environment too, so that a usage error about `--lang` itself is in Arabic.
  static let environment = ["NO_COLOR": "1", "PATH": "/usr/bin:/bin", "COLUMNS": "100", "LANG": "ar_EG.UTF-8"]
  static let kettle = "Kettle & Crane Ltd"

  /// Commands whose whole output (standard output and error) is text for people.
  static let textRuns: [[String]] = [
    [], ["--help"], ["help", "report"], ["report", "--help"], ["decide", "--help"], ["trend", "--help"],
    ["inspect", "--help"], ["formats", "--help"], ["completions", "--help"],
    ["report", "SampleData"], ["report", "SampleData", "--format", "markdown"], ["report", "SampleData", "--monthly"],
    ["report", "SampleData", "--quarterly", "--format", "markdown"], ["report", "SampleData", "--digits", "arabic"],
    ["report", "SampleData", "--verbose"], ["decide", "SampleData"], ["decide", "SampleData", "--format", "markdown"],
    ["decide", "SampleData", "--refund", "500"], ["decide", "SampleData", "--digits", "arabic"],
    ["trend", "SampleData"], ["trend", "SampleData", "--by", "quarter", "--format", "markdown"],
    ["inspect", "SampleData"], ["formats"],
    // Explanations and what-ifs.
    ["explain", "--help"], ["whatif", "--help"], ["explain", kettle, "SampleData"],
    ["explain", kettle, "SampleData", "--format", "markdown"], ["explain", kettle, "recommendation", "SampleData"],
    ["explain", "مكتبة الورّاق", "monthlyProfit", "SampleData", "--digits", "arabic"],
    ["explain", "Harbor Yoga", "carryingCost", "SampleData"], ["explain", "Lumen Dental", "SampleData"],
    ["whatif", "SampleData"], ["whatif", "SampleData", "--drop", "Meridian Health", "--no-refill"],
    ["whatif", "SampleData", "--rate", "Harbor Yoga=120", "--cost-rate", "70", "--format", "markdown"],
    Array(WhatIfCommandTests.combined) + ["SampleData"],
    Array(WhatIfCommandTests.combined) + ["SampleData", "--format", "markdown", "--digits", "arabic"],
    // Usage errors.
    ["report", "--cost-rat", "40"], ["report", "--format", "jsn"], ["reprot"], ["report", "--as-of", "2026-02-30"],
    ["report", "--cost-rate", "abc"], ["report", "--cost-rate", "12.345", "SampleData"], ["report", "--verbose", "-q"],
    ["report", "--period", "2026", "--from", "2026-01-01"], ["report", "--sort", "profit", "--monthly"],
    ["report", "SampleData", "--client", "Nobody"], ["report", "--lang"], ["completions"], ["completions", "csh"],
    ["explain", kettle, "efectiveRate"], ["explain", kettle, "nothing"], ["explain", kettle, "SampleData", "profit"],
    ["explain", kettle, "--format", "csv"], ["whatif", "SampleData", "--no-refill"],
    ["whatif", "SampleData", "--rate", "Nobody=+20%"], ["whatif", "SampleData", "--rate", "Harbor Yoga"],
    ["whatif", "SampleData", "--terms", "Harbor Yoga=15", "--terms", "harbor yoga=30"],
    ["whatif", "SampleData", "--terms", "Harbor Yoga=x"], ["whatif", "SampleData", "--deposit", "Harbor Yoga=150%"],
    ["whatif", "SampleData", "--rate", "Harbor Yoga=-100%"], ["whatif", "SampleData", "--bill-nonbillable", "A=1e9%"],
    ["decide", "SampleData", "--cost-rate", "0", "--window", "0"],
    // Input, settings and output errors.
    ["report", "missing-folder"], ["report", badInput + "no-csv"], ["report", badInput + "wrong-settings-type"],
    ["report", "SampleData", "--output", "missing/report.txt"], ["report", "SampleData", "--output", "SampleData"],
    ["report", badInput + "unknown-invoice", "--strict"], ["report", badInput + "unterminated-quote.csv"],
    ["report", badInput + "too-few-fields.csv", "--strict"], ["report", badInput + "header-only.csv"],
    ["inspect", badInput + "unterminated-quote.csv", badInput + "duplicate-invoice.csv"],
  ]

  /// Every text run in Arabic: its output has no Latin word outside an isolate.
  @Test(arguments: textRuns)
  func noTextEscapesTheCatalog(arguments: [String]) throws {
    let run = try RunClientWorth.run(arguments + ["--lang", "ar"], in: Self.root, environment: Self.environment)
    #expect(!run.killedBySignal, "\(arguments)")
    let words = UntranslatedText.latinWords(in: run.stdout + run.stderr)
    #expect(words.isEmpty, "\(arguments): \(words)\n\(run.stdout)\(run.stderr)")
  }

  /// The sentences of the JSON outputs, the HTML pages' text, and every letter.
  @Test(arguments: [
    ["report", "SampleData", "--format", "json"], ["decide", "SampleData", "--format", "json"],
    ["trend", "SampleData", "--format", "json"], ["report", badInput + "unknown-invoice", "--format", "json"],
    Array(WhatIfCommandTests.combined) + ["SampleData", "--format", "json"],
  ])
  func jsonSentencesAreArabic(arguments: [String]) throws {
    let run = try RunClientWorth.run(arguments + ["--lang", "ar"], in: Self.root, environment: Self.environment)
    #expect(run.status == 0)
    let words = UntranslatedText.latinWords(in: try UntranslatedText.sentences(ofJSON: run.stdout) + "\n" + run.stderr)
    #expect(words.isEmpty, "\(arguments): \(words)")
  }

  /// An explanation's JSON: its formulas in words and in numbers, its tables' titles and the
  /// verdict's reasons (its `note`s are codes, `noCostRate`, the same in every language).
  @Test func explanationSentencesAreArabic() throws {
    let run = try RunClientWorth.run(
      ["explain", Self.kettle, "SampleData", "--format", "json", "--lang", "ar"], in: Self.root,
      environment: Self.environment)
    #expect(run.status == 0)
    let sentences = try UntranslatedText.sentences(
      ofJSON: run.stdout, keys: ["reasons", "formula", "calculation", "title", "message"])
    #expect(sentences.count > 1000)
    let words = UntranslatedText.latinWords(in: sentences + "\n" + run.stderr)
    #expect(words.isEmpty, "\(words)")
  }

  @Test(arguments: [
    ["report", "SampleData", "--format", "html"], ["decide", "SampleData", "--format", "html"],
    ["trend", "SampleData", "--format", "html"],
  ])
  func pagesAreArabic(arguments: [String]) throws {
    let run = try RunClientWorth.run(arguments + ["--lang", "ar"], in: Self.root, environment: Self.environment)
    #expect(run.status == 0)
    #expect(run.stdout.contains("<html lang=\"ar\" dir=\"rtl\">"))
    let words = UntranslatedText.latinWords(in: UntranslatedText.pageText(run.stdout))
    #expect(words.isEmpty, "\(arguments): \(words)")
  }

  @Test func lettersAreArabic() throws {
    let folder = try Workdir()
    defer { folder.remove() }
    let run = try RunClientWorth.run(
      ["decide", "SampleData", "--lang", "ar", "--letters", folder.path], in: Self.root, environment: Self.environment)
    #expect(run.status == 0)
    let letters = try folder.listing()
    #expect(letters.count == 7)
    for name in letters {
      let words = UntranslatedText.latinWords(in: try folder.read(name))
      #expect(words.isEmpty, "\(name): \(words)")
    }
    #expect(UntranslatedText.latinWords(in: run.stderr).isEmpty, "\(run.stderr)")
  }

  /// The CSV reader's errors are in the catalog: a file that cannot be read as CSV is said in
  /// Arabic, with its place, whatever the reason (the English is the same text in English).
  @Test(arguments: [
    ("unterminated-quote.csv", "حقل مقتبس لم يُغلق", "unterminated quoted field"),
    ("nul-byte.csv", "بايت", "NUL byte"),
    ("empty.csv", "ملف فارغ", "empty file: no header"),
  ])
  func csvErrorsAreInArabic(file: String, arabic: String, english: String) throws {
    let arguments = ["report", Self.badInput + file]
    let inArabic = try RunClientWorth.run(arguments + ["--lang", "ar"], in: Self.root, environment: Self.environment)
    #expect(inArabic.status == 65)
    #expect(inArabic.stderr.contains(arabic), "\(inArabic.stderr)")
    #expect(UntranslatedText.latinWords(in: inArabic.stderr).isEmpty, "\(inArabic.stderr)")
    let inEnglish = try RunClientWorth.run(arguments + ["--lang", "en"], in: Self.root, environment: Self.environment)
    #expect(inEnglish.stderr.contains(english), "\(inEnglish.stderr)")
  }

  /// The importers' file-level errors are in the catalog: a header that matches no format (with
  /// the closest formats under it), dates that read both ways, an amount without a currency.
  @Test(arguments: [
    ("a,b,c\n1,2,3\n", "لا تطابق الترويسة أي صيغة معروفة", "أقرب الصيغ:"),
    ("date,client,hours,amount\n03/04/2026,Acme,2,100\n", "تُقرأ يومًا/شهرًا وشهرًا/يومًا معًا", "اضبط"),
    ("date,client,hours,amount\n2026-03-04,Acme,2,100\n", "لا عملة لهذا المبلغ", "ولا تُفترض عملة أبدًا"),
  ])
  func importErrorsAreInArabic(file: String, message: String, detail: String) throws {
    let folder = try Workdir()
    defer { folder.remove() }
    try folder.write("data.csv", file)
    try folder.write("clientworth.json", "{}")
    let run = try RunClientWorth.run(
      ["report", "data.csv", "--lang", "ar"], in: folder.url, environment: Self.environment)
    #expect(run.status == 65)
    #expect(run.stderr.contains(message) && run.stderr.contains(detail), "\(run.stderr)")
    #expect(UntranslatedText.latinWords(in: run.stderr).isEmpty, "\(run.stderr)")
  }

  /// A row the importer skips is said in Arabic: the column as the header names it, the cell as
  /// the row writes it, and that the row was skipped.
  @Test(arguments: [
    ("amount-two-dots.csv", "ليس مبلغًا"), ("date-feb-30.csv", "ليس يومًا موجودًا في التقويم"),
    ("too-many-fields.csv", "بينما في الترويسة"), ("negative-duration.csv", "مدة سالبة"),
  ])
  func skippedRowsAreInArabic(file: String, arabic: String) throws {
    let run = try RunClientWorth.run(
      ["report", Self.badInput + file, "--strict", "--lang", "ar"], in: Self.root, environment: Self.environment)
    #expect(run.stderr.contains(arabic) && run.stderr.contains("فتُخطّي الصف"), "\(run.stderr)")
    #expect(UntranslatedText.latinWords(in: run.stderr).isEmpty, "\(run.stderr)")
  }

  /// The importers' messages in Arabic, word for word: a file that is not CSV, an unterminated
  /// quote with its line, a header no format fits with the closest formats, and skipped rows.
  @Test func importerMessagesInArabicGolden() throws {
    var text = ""
    for (file, strict) in [
      ("unterminated-quote.csv", false), ("nul-byte.csv", false), ("amount-two-dots.csv", true),
      ("date-feb-30.csv", true), ("too-many-fields.csv", true), ("negative-duration.csv", true),
    ] {
      let arguments = ["report", Self.badInput + file, "--lang", "ar"] + (strict ? ["--strict"] : [])
      let run = try RunClientWorth.run(arguments, in: Self.root, environment: Self.environment)
      text += "$ clientworth \(arguments.joined(separator: " "))\n\(run.stderr)exit \(run.status)\n\n"
    }
    #expect(Golden.check(text, named: "importer-messages-ar.txt") == nil)
  }

  /// The scan itself: Latin outside an isolate is found, inside one it is not.
  @Test func theScanFindsLatinOutsideIsolates() {
    #expect(UntranslatedText.latinWords(in: "يخسر \u{2068}Acme\u{2069} 12\u{00A0}USD") == [])
    #expect(UntranslatedText.latinWords(in: "a.csv:3:5: خطأ: \u{2066}bad row\u{2069}") == [])
    #expect(UntranslatedText.latinWords(in: "لا عميل: No client") == ["No", "client"])
    #expect(UntranslatedText.latinWords(in: "Total 12 USD") == ["Total", "USD"])
  }
}

/// `LocalizedText.untranslated` lets English through untranslated (isolated, so the scan above
/// passes it): only for the importers' messages, until they move into the catalog, and for the
/// system's own words (strerror, Foundation's errors). Nothing else may use it.
@Suite struct UntranslatedUseTests {
  /// Each file that may use it, and for what.
  static let allowed: [String: String] = [
    "Sources/Localization/LocalizedText.swift": "its declaration",
    "Sources/Domain/Diagnostic.swift": "a diagnostic made from English alone: read back from JSON, or a test's",
    "Sources/ClientWorthCLI/ErrorPresenter.swift": "stdout's strerror",
    "Sources/ClientWorthCLI/Commands/FormatsCommand.swift": "the formats' export paths and sources, from Importers",
    "Sources/ClientWorthCLI/IO/OutputFile.swift": "strerror",
    "Sources/ClientWorthCLI/Commands/LetterWriter.swift": "Foundation's error when the folder cannot be made",
  ]

  @Test func onlyTheAllowedFilesUseIt() throws {
    let root = ArabicCatalogTests.root
    let sources = root.appendingPathComponent("Sources")
    guard let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil) else {
      Issue.record("no Sources folder")
      return
    }
    var users: [String] = []
    for case let file as URL in files where file.pathExtension == "swift" {
      let text = try String(contentsOf: file, encoding: .utf8)
      let code = text.split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("//") }
      if code.contains(where: { $0.contains("untranslated(") }) {
        users.append(String(file.path.dropFirst(root.path.count + 1)))
      }
    }
    #expect(Set(users) == Set(Self.allowed.keys), "\(users.sorted())")
  }
}
