import Localization

/// A command as help, the man page and completions describe it, with its subcommands: the part
/// of its declaration that does not depend on its type.
struct CommandInfo: Sendable {
  /// The name as typed, e.g. `report`; the root's is `clientworth`.
  let name: String
  /// `clientworth report`, for usage lines and "See '… --help'".
  let fullName: String
  let abstract: LocalizedText
  let discussion: LocalizedText
  /// Options and positional arguments in help order, `--lang`, `--digits`, `--help` and
  /// `--version` last.
  let arguments: [ArgumentInfo]
  let subcommands: [CommandInfo]

  /// Options every command understands.
  static let help = ArgumentInfo(
    name: "help", short: "h", kind: .flag, help: LocalizedText(en: "Show help information.", ar: "اعرض المساعدة."))
  static let version = ArgumentInfo(
    name: "version", kind: .flag, help: LocalizedText(en: "Show the version.", ar: "اعرض رقم الإصدار."))
  static let standardOptions = LanguageOptions.infos + [help, version]

  var options: [ArgumentInfo] { arguments.filter { !$0.isPositional } }
  var positionals: [ArgumentInfo] { arguments.filter(\.isPositional) }

  /// `clientworth report [<options>] [<file> ...]`.
  var usage: LocalizedText {
    var text = LocalizedText.same("\(code: fullName)")
    if !subcommands.isEmpty { text = text + LocalizedText(en: " <subcommand>", ar: " <أمر فرعي>") }
    if options.count > Self.standardOptions.count {
      text = text + LocalizedText(en: " [<options>]", ar: " [<خيارات>]")
    }
    for positional in positionals {
      let value = positional.valueName
      switch positional.kind {
      case .positionals: text = text + .same(" [<\(value)> ...]")
      case .optionalPositional: text = text + .same(" [<\(value)>]")
      default: text = text + .same(" <\(value)>")
      }
    }
    return text
  }

  /// The subcommand named `name`.
  func subcommand(named name: String) -> CommandInfo? { subcommands.first { $0.name == name } }
}
