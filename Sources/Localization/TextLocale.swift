/// How text for people is written in one run: its language and its digits.
public struct TextLocale: Sendable, Hashable {
  public var language: Language
  public var digits: Digits
  /// Whether text from the data has its control and bidirectional-override characters replaced
  /// (`PrintableText`), as a terminal, markdown and HTML need; JSON and CSV escape or quote them
  /// instead and keep them (`forMachines`).
  public var printable: Bool

  public init(language: Language = .en, digits: Digits = .western, printable: Bool = true) {
    self.language = language
    self.digits = digits
    self.printable = printable
  }

  /// This locale for the sentences inside JSON and CSV: text from the data kept as it is, for
  /// their writers to escape.
  public var forMachines: TextLocale {
    var locale = self
    locale.printable = false
    return locale
  }

  /// English with Western digits: what tests and the docs' generated tables use.
  public static let english = TextLocale()

  /// Arabic with Western digits.
  public static let arabic = TextLocale(language: .ar)

  public var isRightToLeft: Bool { language == .ar }

  /// `text` written in this locale.
  public func callAsFunction(_ text: LocalizedText) -> String {
    text.rendered(in: self)
  }

  /// One argument written in this locale: a figure in a table's cell.
  public func callAsFunction(_ argument: TextArgument) -> String {
    argument.rendered(in: self)
  }

  /// A number as this module writes it in ASCII (`-1,234.5`), in this locale's digits.
  func digitsOf(_ ascii: String) -> String { digits.localized(ascii) }
}
