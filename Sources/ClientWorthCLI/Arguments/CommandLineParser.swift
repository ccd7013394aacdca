import Localization

/// Reads a command line into a command value, from the commands' declarations.
///
/// Accepts `--opt value`, `--opt=value`, `-o value`, repeatable options, `--` (everything after
/// it is a positional argument), and `help [COMMAND]`. `-h`/`--help` anywhere wins over every
/// other problem; `--version` anywhere prints the version. `--lang` and `--digits` are taken out
/// first, wherever they stand (`LanguageOptions`).
struct CommandLineParser {
  /// What the command line asks for.
  enum Outcome: Sendable {
    case help(CommandInfo)
    case version
    /// A command to run, and its description (for the usage line of a later usage error).
    case run(any ParsableCommand, CommandInfo)
  }

  let root: any ParsableCommand.Type

  /// Parses `arguments` (without the program name).
  func parse(_ allArguments: [String]) throws(UsageError) -> Outcome {
    let rootInfo = root.info()
    let arguments: [String]
    do {
      arguments = try LanguageOptions.extract(allArguments).1
    } catch {
      let command = allArguments.first.flatMap(rootInfo.subcommand(named:)) ?? rootInfo
      switch error {
      case .missingValue(let info): throw UsageError(.missingValue(info), command: command)
      case .badValue(let info, let value):
        throw UsageError(
          .badValue(info.longFlag + " " + value, .notOneOf(info.choices ?? [], typed: value)), command: command)
      }
    }
    guard let first = arguments.first else { return .help(rootInfo) }
    if first == "help" { return try helpOutcome(for: Array(arguments.dropFirst()), root: rootInfo) }
    guard let command = root.configuration.subcommands.first(where: { $0.configuration.name == first }) else {
      if first.hasPrefix("-") && first != "-" {
        if wantsHelp(arguments) { return .help(rootInfo) }
        if arguments.contains(CommandInfo.version.longFlag) { return .version }
        throw UsageError(.unknownOption(first, in: rootInfo), command: rootInfo)
      }
      throw UsageError(.unknownSubcommand(first, in: rootInfo), command: rootInfo)
    }
    let info = command.info(parent: rootInfo.name)
    let rest = Array(arguments.dropFirst())
    if wantsHelp(rest) { return .help(info) }
    if rest.prefix(while: { $0 != "--" }).contains(CommandInfo.version.longFlag) { return .version }
    return .run(try Self.parse(rest, as: command, info: info), info)
  }

  /// `help`, `help report`.
  private func helpOutcome(for rest: [String], root: CommandInfo) throws(UsageError) -> Outcome {
    guard let name = rest.first else { return .help(root) }
    guard let command = root.subcommand(named: name) else {
      throw UsageError(.unknownSubcommand(name, in: root), command: root)
    }
    return .help(command)
  }

  private func wantsHelp(_ arguments: [String]) -> Bool {
    arguments.prefix(while: { $0 != "--" }).contains { $0 == "-h" || $0 == "--help" }
  }

  /// A command's own arguments, read into a value of its type and validated.
  static func parse<Command: ParsableCommand>(
    _ arguments: [String], as type: Command.Type, info: CommandInfo
  ) throws(UsageError) -> Command {
    var reader = ArgumentReader<Command>(arguments: arguments, info: info)
    let command = try reader.read()
    do {
      try command.validate()
    } catch {
      throw UsageError(error.message, command: info)
    }
    return command
  }
}

/// One pass over a command's arguments, applying each to the command value.
private struct ArgumentReader<Command: ParsableCommand> {
  let arguments: [String]
  let info: CommandInfo
  private let declarations = Command.arguments
  private var index = 0

  init(arguments: [String], info: CommandInfo) {
    self.arguments = arguments
    self.info = info
  }

  mutating func read() throws(UsageError) -> Command {
    var command = Command()
    let positionals = declarations.filter(\.info.isPositional)
    // The next positional to fill: a single one is filled once, a repeating one takes the rest.
    var next = 0
    var onlyPositionals = false
    while index < arguments.count {
      let argument = arguments[index]
      index += 1
      if !onlyPositionals && argument == "--" {
        onlyPositionals = true
        continue
      }
      if onlyPositionals || !argument.hasPrefix("-") || argument == "-" {
        // An optional positional takes only one of its choices; anything else goes to the next one.
        while next < positionals.count, positionals[next].info.kind == .optionalPositional,
          !(positionals[next].info.choices ?? []).contains(argument)
        {
          next += 1
        }
        guard next < positionals.count else { throw UsageError(.unexpectedArgument(argument), command: info) }
        try apply(positionals[next], argument, to: &command)
        if positionals[next].info.kind != .positionals { next += 1 }
        continue
      }
      let (declaration, inlineValue) = try option(for: argument)
      guard declaration.info.takesValue else {
        if inlineValue != nil {
          throw UsageError(.takesNoValue(declaration.info.longFlag), command: info)
        }
        try apply(declaration, "", to: &command)
        continue
      }
      let value: String
      if let inlineValue {
        value = inlineValue
      } else if index < arguments.count {
        value = arguments[index]
        index += 1
      } else {
        throw UsageError(.missingValue(declaration.info), command: info)
      }
      try apply(declaration, value, to: &command)
    }
    if let missing = positionals.dropFirst(next).first(where: { $0.info.kind == .positional }) {
      throw UsageError(.missingArgument(missing.info), command: info)
    }
    return command
  }

  /// Applies a value, turning a bad one into "'--as-of 2026-02-30' is not a date (…)".
  private func apply(_ declaration: Argument<Command>, _ value: String, to command: inout Command) throws(UsageError) {
    do {
      try declaration.apply(&command, value)
    } catch {
      let typed = declaration.info.isPositional ? value : declaration.info.longFlag + " " + value
      throw UsageError(.badValue(typed, error), command: info)
    }
  }

  /// The declaration an option names (`--name`, `--name=value`, `-o`), and its inline value.
  private func option(for argument: String) throws(UsageError) -> (Argument<Command>, String?) {
    var name = argument
    var value: String?
    if let equals = argument.firstIndex(of: "=") {
      name = String(argument[..<equals])
      value = String(argument[argument.index(after: equals)...])
    }
    let found: Argument<Command>?
    if name.hasPrefix("--") {
      found = declarations.first { !$0.info.isPositional && $0.info.longFlag == name }
    } else {
      let letters = Array(name.dropFirst())
      found = letters.count == 1 ? declarations.first { $0.info.short == letters[0] } : nil
    }
    guard let found else { throw UsageError(.unknownOption(name, in: info), command: info) }
    return (found, value)
  }
}
