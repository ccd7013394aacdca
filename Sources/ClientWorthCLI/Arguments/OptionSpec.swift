/// One command-line option, declared once: parsing, validation and `--help` all read this value.
struct OptionSpec: Sendable, Hashable {
  /// How the option takes values.
  enum Kind: Sendable, Hashable {
    /// `--strict`: present or not, no value.
    case flag
    /// `--format json`: one value; given twice, the last one wins.
    case single
    /// `--client A --client B`: every value is kept, in order.
    case repeatable
  }

  /// The long name without dashes, e.g. `cost-rate`.
  let name: String
  /// A one-letter alias without the dash (`h` for `-h`), if any.
  let short: Character?
  let kind: Kind
  /// The placeholder shown in help, e.g. `amount` for `--cost-rate <amount>`.
  let valueName: String
  /// The default as help should show it; nil when there is none worth showing.
  let defaultText: String?
  /// The accepted values of an enumerated option (`--format`), in help order; nil: any text.
  let choices: [String]?
  let help: String

  init(
    _ name: String, short: Character? = nil, kind: Kind = .single, value valueName: String = "",
    default defaultText: String? = nil, choices: [String]? = nil, help: String
  ) {
    self.name = name
    self.short = short
    self.kind = kind
    self.valueName = valueName
    self.defaultText = defaultText
    self.choices = choices
    self.help = help
  }

  /// An option whose values are the raw values of an enum, listed in help and in errors.
  static func choice<Choice: CaseIterable & RawRepresentable>(
    _ name: String, of type: Choice.Type, value valueName: String, default defaultValue: Choice? = nil,
    help: String
  ) -> OptionSpec where Choice.RawValue == String {
    OptionSpec(
      name, value: valueName, default: defaultValue?.rawValue, choices: type.allCases.map(\.rawValue), help: help)
  }

  /// `--name`.
  var longFlag: String { "--" + name }

  /// How the option reads in usage and help: `--format <format>`, `-h, --help`.
  var label: String {
    var text = short.map { "-\($0), " } ?? ""
    text += longFlag
    if kind != .flag { text += " <\(valueName)>" }
    return text
  }

  /// The help text with the choices and the default appended.
  var fullHelp: String {
    var notes: [String] = []
    if let choices { notes.append("values: " + choices.joined(separator: ", ")) }
    if let defaultText { notes.append("default: " + defaultText) }
    return notes.isEmpty ? help : help + " (" + notes.joined(separator: "; ") + ")"
  }
}
