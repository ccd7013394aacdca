import Localization

extension LocalizedText {
  /// `unknown option '--cost-rat'; did you mean '--cost-rate'?`
  static func unknownOption(_ typed: String, in command: CommandInfo) -> LocalizedText {
    LocalizedText(en: "unknown option '\(code: typed)'", ar: "خيار غير معروف: «\(code: typed)»")
      + Suggestion.didYouMean(typed, in: command.options.map(\.longFlag))
  }

  /// `unknown subcommand 'reprot'; did you mean 'report'?`
  static func unknownSubcommand(_ typed: String, in command: CommandInfo) -> LocalizedText {
    LocalizedText(en: "unknown subcommand '\(code: typed)'", ar: "أمر فرعي غير معروف: «\(code: typed)»")
      + Suggestion.didYouMean(typed, in: command.subcommands.map(\.name) + ["help"])
  }

  static func unexpectedArgument(_ typed: String) -> LocalizedText {
    LocalizedText(en: "unexpected argument '\(name: typed)'", ar: "معامل غير متوقع: «\(name: typed)»")
  }

  static func takesNoValue(_ flag: String) -> LocalizedText {
    LocalizedText(en: "'\(code: flag)' does not take a value", ar: "الخيار «\(code: flag)» لا يأخذ قيمة")
  }

  static func missingValue(_ info: ArgumentInfo) -> LocalizedText {
    LocalizedText(en: "missing value for '\(info.labelText)'", ar: "لا قيمة للخيار «\(info.labelText)»")
  }

  static func missingArgument(_ info: ArgumentInfo) -> LocalizedText {
    LocalizedText(en: "missing argument '\(info.labelText)'", ar: "ينقص المعامل «\(info.labelText)»")
  }

  /// `'--as-of 2026-02-30' is not a date (…)`.
  static func badValue(_ typed: String, _ error: ArgumentValueError) -> LocalizedText {
    LocalizedText(en: "'\(name: typed)' \(error.problem)", ar: "القيمة «\(name: typed)» \(error.problem)")
  }
}

extension ArgumentInfo {
  /// The label (`--format <format>`) as a text of its own, in either language.
  var labelText: LocalizedText {
    LocalizedText(en: "\(code: label(.english))", ar: "\(code: label(TextLocale(language: .ar)))")
  }
}
