import Testing

@testable import Localization

/// The catalog's type: both languages, typed arguments written only when rendered.
struct LocalizedTextTests {
  @Test func oneTextReadsInEitherLanguageAndDigits() {
    let text = LocalizedText(
      en: "\(name: "Kettle & Crane") loses \(count: 3, .day) of work",
      ar: "يخسر \(name: "Kettle & Crane") \(count: 3, .day) من العمل")
    #expect(text.rendered(in: .english) == "Kettle & Crane loses 3 days of work")
    #expect(text.rendered(in: .arabic) == "يخسر \u{2068}Kettle & Crane\u{2069} 3 أيام من العمل")
    #expect(
      text.rendered(in: TextLocale(language: .ar, digits: .arabic))
        == "يخسر \u{2068}Kettle & Crane\u{2069} ٣ أيام من العمل")
  }

  @Test func aRightToLeftNameIsIsolatedInEnglishToo() {
    let text = LocalizedText(en: "\(name: "مكتبة الورّاق") (−$3)", ar: "\(name: "مكتبة الورّاق") (خسارة)")
    #expect(text.rendered(in: .english) == "\u{2068}مكتبة الورّاق\u{2069} (−$3)")
  }

  @Test func aCodeIsIsolatedLeftToRightInArabic() {
    let text = LocalizedText(en: "set \(code: "--cost-rate")", ar: "اضبط \(code: "--cost-rate")")
    #expect(text.rendered(in: .arabic) == "اضبط \u{2066}--cost-rate\u{2069}")
    #expect(text.rendered(in: .english) == "set --cost-rate")
  }

  @Test func lists() {
    let items = [
      LocalizedText(en: "one", ar: "واحد"), LocalizedText(en: "two", ar: "اثنان"),
      LocalizedText(en: "three", ar: "ثلاثة"),
    ]
    let text = LocalizedText.same("\(list: items)")
    #expect(text.rendered(in: .english) == "one, two and three")
    #expect(text.rendered(in: .arabic) == "واحد، اثنان وثلاثة")
  }

  @Test func theCatalogCheckFindsAMissingOrUntranslatedArabic() {
    #expect(LocalizedText.problem(english: "Profit", arabic: "") != nil)
    #expect(LocalizedText.problem(english: "Profit", arabic: "Profit") != nil)
    #expect(LocalizedText.problem(english: "Profit", arabic: "\(code: "x")") != nil)
    #expect(LocalizedText.problem(english: "set --cost-rate", arabic: "اضبط --cost-rate") != nil)
    #expect(LocalizedText.problem(english: "Profit", arabic: "الربح") == nil)
    #expect(LocalizedText.problem(english: "\(code: "x"): y", arabic: "\(code: "x"): ص") == nil)
    #expect(LocalizedText.problem(english: "الربح", arabic: "الربح") != nil)
  }

  @Test func printableTextKeepsClosedIsolatesAndReplacesOpenOnes() {
    #expect(PrintableText.of("\u{2068}a\u{2069}") == "\u{2068}a\u{2069}")
    #expect(PrintableText.of("\u{2067}evil") == "\u{FFFD}evil")
    #expect(PrintableText.of("a\u{2069}b") == "a\u{FFFD}b")
    #expect(PrintableText.of("\u{202E}x") == "\u{FFFD}x")
    #expect(PrintableText.of("tab\there") == "tab\u{FFFD}here")
    #expect(PrintableText.lines("\u{2068}a\nb\u{2069}") == "\u{FFFD}a\nb\u{FFFD}")
  }

  @Test func aCutIsolateIsClosed() {
    #expect(BidiIsolate.closed("\u{2068}abc") == "\u{2068}abc\u{2069}")
    #expect(BidiIsolate.closed("\u{2068}abc\u{2069}") == "\u{2068}abc\u{2069}")
  }

  @Test(arguments: [
    (["LANG": "ar_EG.UTF-8"], Language.ar), (["LANG": "en_US.UTF-8"], .en), ([:], .en),
    (["LC_ALL": "C", "LANG": "ar_EG.UTF-8"], .en), (["LC_MESSAGES": "ar_SA", "LANG": "en_GB"], .ar),
    (["LC_ALL": "", "LC_MESSAGES": "", "LANG": "ar"], .ar), (["LC_ALL": "ar_MA.UTF-8", "LANG": "en_US"], .ar),
    (["LANG": "fr_FR.UTF-8"], .en),
  ])
  func theLanguageComesFromTheEnvironment(environment: [String: String], language: Language) {
    #expect(Language.from(environment: environment) == language)
  }
}
