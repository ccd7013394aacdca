/// Splits a command line into a command and its option values, from the commands' declarations.
///
/// Accepts `--opt value`, `--opt=value`, `-h`, repeatable options, `--` (everything after it is a
/// positional argument), and `help [COMMAND]`. `-h`/`--help` anywhere wins over every other problem.
struct CommandLineParser {
  /// What the command line asks for.
  enum Outcome: Sendable {
    case help(CommandSpec)
    case version
    case run(ParsedArguments)
  }

  let root: CommandSpec

  /// Parses `arguments` (without the program name).
  func parse(_ arguments: [String]) throws(UsageError) -> Outcome {
    guard let first = arguments.first else { return .help(root) }
    if first == "help" { return try helpOutcome(for: Array(arguments.dropFirst())) }
    if first.hasPrefix("-") && first != "-" {
      if wantsHelp(arguments) { return .help(root) }
      if arguments.contains(StandardOptions.version.longFlag) { return .version }
      throw UsageError(unknownOptionMessage(first, in: root), command: root)
    }
    guard let command = root.subcommands.first(where: { $0.name == first }) else {
      let names = root.subcommands.map(\.name) + ["help"]
      throw UsageError(
        "Unknown subcommand '\(first)'." + Suggestion.didYouMean(first, in: names), command: root)
    }
    return try parse(Array(arguments.dropFirst()), for: command)
  }

  /// `help`, `help report`.
  private func helpOutcome(for rest: [String]) throws(UsageError) -> Outcome {
    guard let name = rest.first else { return .help(root) }
    if let command = root.subcommands.first(where: { $0.name == name }) { return .help(command) }
    throw UsageError(
      "Unknown subcommand '\(name)'." + Suggestion.didYouMean(name, in: root.subcommands.map(\.name)),
      command: root)
  }

  private func wantsHelp(_ arguments: [String]) -> Bool {
    for argument in arguments {
      if argument == "--" { return false }
      if argument == "-h" || argument == "--help" { return true }
    }
    return false
  }

  /// Parses a subcommand's own arguments.
  func parse(_ arguments: [String], for command: CommandSpec) throws(UsageError) -> Outcome {
    if wantsHelp(arguments) { return .help(command) }
    var parsed = ParsedArguments(command: command)
    var index = 0
    var onlyPositionals = false
    while index < arguments.count {
      let argument = arguments[index]
      index += 1
      if onlyPositionals || !argument.hasPrefix("-") || argument == "-" {
        guard let positional = command.positional else {
          throw UsageError("Unexpected argument '\(argument)'.", command: command)
        }
        if !positional.repeatable && !parsed.positionals.isEmpty {
          throw UsageError("Unexpected argument '\(argument)'.", command: command)
        }
        parsed.positionals.append(argument)
        continue
      }
      if argument == "--" {
        onlyPositionals = true
        continue
      }
      if argument == StandardOptions.version.longFlag { return .version }
      let (spec, inlineValue) = try option(for: argument, in: command)
      switch spec.kind {
      case .flag:
        if inlineValue != nil {
          throw UsageError("'\(spec.longFlag)' does not take a value.", command: command)
        }
        parsed.record(spec, value: "")
      case .single, .repeatable:
        let value: String
        if let inlineValue {
          value = inlineValue
        } else if index < arguments.count {
          value = arguments[index]
          index += 1
        } else {
          throw UsageError("Missing value for '\(spec.label)'.", command: command)
        }
        try check(value, against: spec, in: command)
        parsed.record(spec, value: value)
      }
    }
    return .run(parsed)
  }

  /// The option an argument names, and its `=value` if it has one.
  private func option(for argument: String, in command: CommandSpec) throws(UsageError)
    -> (OptionSpec, String?)
  {
    if argument.hasPrefix("--") {
      let body = argument.dropFirst(2)
      let name: String
      var value: String?
      if let equals = body.firstIndex(of: "=") {
        name = String(body[..<equals])
        value = String(body[body.index(after: equals)...])
      } else {
        name = String(body)
      }
      guard let spec = command.option(named: name) else {
        throw UsageError(unknownOptionMessage("--" + name, in: command), command: command)
      }
      return (spec, value)
    }
    let letters = Array(argument.dropFirst())
    guard letters.count == 1, let spec = command.option(short: letters[0]) else {
      throw UsageError(unknownOptionMessage(argument, in: command), command: command)
    }
    return (spec, nil)
  }

  private func unknownOptionMessage(_ typed: String, in command: CommandSpec) -> String {
    var flags = command.options.map(\.longFlag)
    if command.subcommands.isEmpty == false || command.positional != nil { flags.append("--version") }
    return "Unknown option '\(typed)'." + Suggestion.didYouMean(typed, in: flags)
  }

  /// Rejects a value outside an enumerated option's choices, listing them.
  private func check(_ value: String, against spec: OptionSpec, in command: CommandSpec) throws(UsageError) {
    guard let choices = spec.choices, !choices.contains(value) else { return }
    let quoted = choices.map { "'\($0)'" }.joined(separator: ", ")
    throw UsageError(
      "The value '\(value)' is invalid for '\(spec.label)'." + Suggestion.didYouMean(value, in: choices)
        + " Please provide one of \(quoted).",
      command: command)
  }
}
