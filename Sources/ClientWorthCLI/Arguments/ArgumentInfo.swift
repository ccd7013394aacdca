/// What a shell offers when completing a value.
enum Completion: Sendable, Equatable {
  case none
  case file
  case folder
  case choices([String])
}

/// One option or positional argument as help, the man page and completions describe it: the part
/// of an `Argument` declaration that does not depend on the command's type.
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

  /// The long name without dashes (`cost-rate`), or the placeholder of a positional (`file`).
  let name: String
  /// A one-letter alias without the dash (`o` for `-o`).
  let short: Character?
  let kind: Kind
  /// The placeholder of the value in help: `amount` for `--cost-rate <amount>`.
  let valueName: String
  let help: String
  /// The default as help shows it; nil when there is none worth showing.
  let defaultText: String?
  /// The sensible range as help shows it (`0 to 1`); nil when any value of the type will do.
  let limits: String?
  /// The accepted values of an enumerated value, in help order; nil: any text.
  let choices: [String]?
  let completion: Completion

  init(
    name: String, short: Character? = nil, kind: Kind, valueName: String = "", help: String,
    defaultText: String? = nil, limits: String? = nil, choices: [String]? = nil, completion: Completion = .none
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

  /// How the argument reads in help: `-o, --output <file>`, `--strict`, `<file> ...`.
  var label: String {
    switch kind {
    case .positional: return "<\(name)>"
    case .optionalPositional: return "[<\(name)>]"
    case .positionals: return "<\(name)> ..."
    case .flag, .option, .repeatingOption:
      var text = short.map { "-\($0), " } ?? ""
      text += longFlag
      if takesValue { text += " <\(valueName)>" }
      return text
    }
  }

  /// The help text with the choices, the limits and the default after it.
  var fullHelp: String {
    var notes: [String] = []
    if let choices { notes.append("values: " + choices.joined(separator: ", ")) }
    if let limits { notes.append(limits) }
    if let defaultText { notes.append("default: " + defaultText) }
    return notes.isEmpty ? help : help + " (" + notes.joined(separator: "; ") + ")"
  }
}
