/// A command (or the root of subcommands), declared once: its abstract, discussion, options,
/// positional arguments and subcommands. Help text and parsing both come from this value.
struct CommandSpec: Sendable {
  /// The name as typed, e.g. `report`; the root's is `clientworth`.
  let name: String
  /// One line: what the command is for.
  let abstract: String
  /// Paragraphs shown under the abstract in help; may be empty.
  let discussion: String
  let options: [OptionSpec]
  let positional: PositionalSpec?
  let subcommands: [CommandSpec]
  /// `clientworth report`, for usage lines and "See '… --help'".
  let fullName: String

  init(
    name: String, parent: String? = nil, abstract: String, discussion: String = "", options: [OptionSpec] = [],
    positional: PositionalSpec? = nil, subcommands: [CommandSpec] = []
  ) {
    self.name = name
    self.fullName = parent.map { $0 + " " + name } ?? name
    self.abstract = abstract
    self.discussion = discussion
    self.options = options + [StandardOptions.help]
    self.positional = positional
    self.subcommands = subcommands
  }

  /// The option named `name` (without dashes), if the command has one.
  func option(named name: String) -> OptionSpec? { options.first { $0.name == name } }

  /// The option with this one-letter alias.
  func option(short: Character) -> OptionSpec? { options.first { $0.short == short } }

  /// `clientworth report [<options>] [<file> ...]`.
  var usage: String {
    var parts = [fullName]
    if !subcommands.isEmpty { parts.append("<subcommand>") }
    if options.count > 1 { parts.append("[<options>]") }
    if let positional { parts.append(positional.usage) }
    return parts.joined(separator: " ")
  }
}
