import Localization

/// What a shell offers when completing a value.
enum Completion: Sendable, Equatable {
  case none
  case file
  case folder
  case choices([String])
}

/// One option or positional argument as help, the man page and completions describe it: the part
/// of an `Argument` declaration that does not depend on the command's type. Its words are
/// `LocalizedText`, written in the run's language when help is shown.
struct ArgumentInfo: Sendable, Equatable {
  enum Kind: Sendable, Equatable {
    /// `--strict`: present or not.
    case flag
    /// `--format json`; given twice, the last one wins.
    case option
    /// `--client A --client B`: every value is kept, in order.
    case repeatingOption
    /// `<file> ...`: any number of values.
    case positionals
    /// `<shell>`: exactly one value, required.
    case positional
    /// `[<figure>]`: at most one value, one of its choices; a value that is not one of them is
    /// left to the positional after it.
    case optionalPositional
  }

  /// The long name without dashes (`cost-rate`), or the name of a positional (`file`).
  let name: String
  /// A one-letter alias without the dash (`o` for `-o`).
  let short: Character?
  let kind: Kind
  /// The placeholder of the value in help: `amount` for `--cost-rate <amount>`, `file` for a
  /// positional `<file>`.
  let valueName: LocalizedText
  let help: LocalizedText
  /// The default as help shows it; nil when there is none worth showing.
  let defaultText: LocalizedText?
  /// The sensible range as help shows it (`0 to 1`); nil when any value of the type will do.
  let limits: LocalizedText?
  /// The accepted values of an enumerated value, in help order; nil: any text.
  let choices: [String]?
  let completion: Completion

  init(
    name: String, short: Character? = nil, kind: Kind, valueName: LocalizedText = .empty, help: LocalizedText,
    defaultText: LocalizedText? = nil, limits: LocalizedText? = nil, choices: [String]? = nil,
    completion: Completion = .none
  ) {
    self.name = name
    self.short = short
    self.kind = kind
    self.valueName = valueName
    self.help = help
    self.defaultText = defaultText
    self.limits = limits
    self.choices = choices
    self.completion = completion
  }

  var isPositional: Bool { kind == .positional || kind == .positionals || kind == .optionalPositional }
  var takesValue: Bool { kind != .flag }

  /// `--name`.
  var longFlag: String { "--" + name }

  /// How the argument reads in help: `-o, --output <file>`, `--strict`, `<file> ...`; in Arabic
  /// the placeholder in Arabic (`<ملف>`) and the whole label isolated left to right.
  func label(_ locale: TextLocale) -> String {
    let placeholder = "<" + locale(valueName) + ">"
    var text: String
    switch kind {
    case .positional: text = placeholder
    case .optionalPositional: text = "[" + placeholder + "]"
    case .positionals: text = placeholder + " ..."
    case .flag, .option, .repeatingOption:
      text = short.map { "-\($0), " } ?? ""
      text += longFlag
      if takesValue { text += " " + placeholder }
    }
    return locale.isRightToLeft ? BidiIsolate.leftToRight(text) : text
  }

  /// The help text with the choices, the limits and the default after it.
  func fullHelp(_ locale: TextLocale) -> String {
    var notes: [LocalizedText] = []
    if let choices {
      let codes = choices.map { LocalizedText.same("\(code: $0)") }
      notes.append(LocalizedText(en: "values: \(list: codes, .comma)", ar: "القيم: \(list: codes, .comma)"))
    }
    if let limits { notes.append(limits) }
    if let defaultText { notes.append(LocalizedText(en: "default: \(defaultText)", ar: "الافتراضي: \(defaultText)")) }
    guard !notes.isEmpty else { return locale(help) }
    return locale(LocalizedText.same("\(help) (\(list: notes, .semicolon))"))
  }
}

extension LocalizedText {
  /// Placeholders of values in help.
  static let fileValue = LocalizedText(en: "file", ar: "ملف")
  static let folderValue = LocalizedText(en: "folder", ar: "مجلد")
  static let amountValue = LocalizedText(en: "amount", ar: "مبلغ")
  static let daysValue = LocalizedText(en: "days", ar: "أيام")
  static let monthsValue = LocalizedText(en: "months", ar: "أشهر")
  static let shareValue = LocalizedText(en: "share", ar: "حصة")
  static let rateValue = LocalizedText(en: "rate", ar: "معدل")
  static let orderValue = LocalizedText(en: "order", ar: "ترتيب")
  static let ruleValue = LocalizedText(en: "rule", ar: "قاعدة")
  static let dateValue = LocalizedText(en: "date", ar: "تاريخ")
  static let periodValue = LocalizedText(en: "period", ar: "فترة")
  static let nameValue = LocalizedText(en: "name", ar: "اسم")
  static let formatValue = LocalizedText(en: "format", ar: "صيغة")
  static let whenValue = LocalizedText(en: "when", ar: "متى")
  static let fieldValue = LocalizedText(en: "field", ar: "حقل")
  static let codeValue = LocalizedText(en: "code", ar: "رمز")
  static let shellValue = LocalizedText(en: "shell", ar: "صدفة")
  static let languageValue = LocalizedText(en: "language", ar: "لغة")
  static let digitsValue = LocalizedText(en: "digits", ar: "أرقام")
}
