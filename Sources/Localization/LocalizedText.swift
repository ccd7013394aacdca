/// Text for people, in every language ClientWorth speaks: the English and the Arabic template and
/// their typed arguments, written only when rendered (`TextLocale`), so one sentence made by the
/// calculation reads right in either language and either digits.
///
/// Every sentence, label and message a person reads is one of these, made by a static factory
/// next to the code that uses it (`extension LocalizedText { static func losesPerMonth(…) }`):
/// that is the catalog. A text cannot be made without both languages, and in a debug build
/// (every test run) making one whose Arabic is empty, has no Arabic word, or is the English
/// again stops the program: `problem(english:arabic:)`.
public struct LocalizedText: Sendable, Hashable {
  public let english: Template
  public let arabic: Template

  public init(en english: Template, ar arabic: Template) {
    assert(Self.problem(english: english, arabic: arabic) == nil, Self.problem(english: english, arabic: arabic) ?? "")
    self.english = english
    self.arabic = arabic
  }

  private init(unchecked english: Template, _ arabic: Template) {
    self.english = english
    self.arabic = arabic
  }

  /// Text that is the same in every language because it holds no words: symbols, punctuation
  /// and arguments only (`\(name: n) — \(verdict)`). A letter in it stops a debug build.
  public static func same(_ template: Template) -> LocalizedText {
    assert(!template.literals.contains(where: \.isLetter), "words in a text marked the same in every language")
    return LocalizedText(unchecked: template, template)
  }

  /// An English message from code not yet moved into the catalog (the importers' diagnostics
  /// and errors, until they are): shown as it is, isolated left to right in Arabic text. Nothing
  /// else may use it; a test lists where it is used.
  public static func untranslated(_ english: String) -> LocalizedText {
    let template = Template(pieces: english.isEmpty ? [] : [.argument(.code(english))])
    return LocalizedText(unchecked: template, template)
  }

  /// Text already written in the run's language (column titles rendered from the catalog), to go
  /// inside another text. It is the same text in every language, so it only belongs inside a text
  /// rendered in the language it was written in.
  public static func written(_ text: String) -> LocalizedText {
    let template = Template(pieces: text.isEmpty ? [] : [.literal(text)])
    return LocalizedText(unchecked: template, template)
  }

  /// A pair of templates already checked (or derived from checked ones).
  static func pair(_ english: Template, _ arabic: Template) -> LocalizedText {
    LocalizedText(unchecked: english, arabic)
  }

  /// Nothing, in every language.
  public static let empty = LocalizedText(unchecked: "", "")

  public var isEmpty: Bool { english.isEmpty && arabic.isEmpty }

  /// The text written in `locale`.
  public func rendered(in locale: TextLocale) -> String {
    (locale.language == .en ? english : arabic).rendered(in: locale)
  }

  /// The English text, Western digits: for the docs' generated tables and for messages that
  /// stay in English (a `Diagnostic`'s `message`).
  public var englishText: String { rendered(in: .english) }

  /// One text after the other, in both languages.
  public static func + (lhs: LocalizedText, rhs: LocalizedText) -> LocalizedText {
    LocalizedText(unchecked: lhs.english + rhs.english, lhs.arabic + rhs.arabic)
  }

  /// `texts` with `separator` between each two.
  public static func joined(_ texts: [LocalizedText], separator: LocalizedText) -> LocalizedText {
    guard var result = texts.first else { return .empty }
    for text in texts.dropFirst() { result = result + separator + text }
    return result
  }

  /// What is wrong with a pair of templates as a catalog entry, or nil: an Arabic side that is
  /// empty (when the English is not), that is the English template again, that has no Arabic word
  /// where the English has words, that has a Latin letter in its own words (a code, a key or an
  /// option goes in as a `code:` argument, so that it is isolated) or a digit (a number goes in as
  /// an argument, so that it follows `--digits`); or an English side with Arabic letters.
  public static func problem(english: Template, arabic: Template) -> String? {
    let words = arabic.literals
    let englishWords = english.literals
    if arabic.isEmpty && !english.isEmpty { return "no Arabic for '\(englishWords)'" }
    if arabic == english && !english.isEmpty { return "the Arabic is the English: '\(englishWords)'" }
    if englishWords.contains(where: \.isLetter) && !words.unicodeScalars.contains(where: isArabicLetter) {
      return "the Arabic of '\(englishWords)' has no Arabic word: '\(words)'"
    }
    if words.unicodeScalars.contains(where: { $0.isASCII && $0.properties.isAlphabetic }) {
      return "Latin letters in the Arabic of '\(englishWords)' (make them a code: argument): '\(words)'"
    }
    if words.unicodeScalars.contains(where: { $0.properties.numericType == .decimal }) {
      return "digits in the Arabic of '\(englishWords)' (make them an argument, to follow --digits): '\(words)'"
    }
    if englishWords.unicodeScalars.contains(where: isArabicLetter) {
      return "Arabic letters in the English: '\(englishWords)'"
    }
    return nil
  }

  /// A letter of the Arabic script (its main block, supplements and presentation forms).
  public static func isArabicLetter(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    guard
      (0x0600...0x06FF).contains(value) || (0x0750...0x077F).contains(value) || (0x08A0...0x08FF).contains(value)
        || (0xFB50...0xFDFF).contains(value) || (0xFE70...0xFEFF).contains(value)
    else { return false }
    return scalar.properties.isAlphabetic
  }
}
