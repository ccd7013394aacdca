/// A command as help, the man page and completions describe it, with its subcommands: the part
/// of its declaration that does not depend on its type.
struct CommandInfo: Sendable {
  /// The name as typed, e.g. `report`; the root's is `clientworth`.
  let name: String
  /// `clientworth report`, for usage lines and "See '… --help'".
  let fullName: String
  let abstract: String
  let discussion: String
  /// Options and positional arguments in help order, `--help` and `--version` last.
  let arguments: [ArgumentInfo]
  let subcommands: [CommandInfo]

  /// Options every command understands.
  static let help = ArgumentInfo(name: "help", short: "h", kind: .flag, help: "Show help information.")
  static let version = ArgumentInfo(name: "version", kind: .flag, help: "Show the version.")
  static let standardOptions = [help, version]

  var options: [ArgumentInfo] { arguments.filter { !$0.isPositional } }
  var positionals: [ArgumentInfo] { arguments.filter(\.isPositional) }

  /// `clientworth report [<options>] [<file> ...]`.
  var usage: String {
    var parts = [fullName]
    if !subcommands.isEmpty { parts.append("<subcommand>") }
    if options.count > Self.standardOptions.count { parts.append("[<options>]") }
    for positional in positionals {
      switch positional.kind {
      case .positionals: parts.append("[<\(positional.name)> ...]")
      case .optionalPositional: parts.append("[<\(positional.name)>]")
      default: parts.append("<\(positional.name)>")
      }
    }
    return parts.joined(separator: " ")
  }

  /// The subcommand named `name`.
  func subcommand(named name: String) -> CommandInfo? { subcommands.first { $0.name == name } }
}
