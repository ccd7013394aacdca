import Localization

/// Arguments declared together and read into one value: a command, or a group of options several
/// commands share (`OutputOptions`), which a command includes with `lifted(\.output)`.
protocol ArgumentGroup: Sendable {
  /// Every property at its default, before any argument is read.
  init()
  /// The declarations, in help order.
  static var arguments: [Argument<Self>] { get }
}

/// A command: its arguments as typed properties, what it is for, and how it runs.
///
/// The parser makes the value from the command line (`init()`, then each argument's `apply`),
/// calls `validate()`, and the program calls `run`: a bad value or a bad combination is refused
/// before any file is read.
protocol ParsableCommand: ArgumentGroup {
  static var configuration: CommandConfiguration { get }
  /// Checks what no single value shows, such as two options that exclude each other.
  func validate() throws(ValidationError)
  /// Runs the command; warnings go to `stderr` as they arise, the result is returned.
  func run(_ context: RunContext, stderr: inout some TextOutputStream) throws(CLIError) -> CommandOutput
}

extension ParsableCommand {
  func validate() throws(ValidationError) {}

  /// The command as help, the man page and completions describe it.
  static func info(parent: String? = nil) -> CommandInfo {
    let fullName = parent.map { $0 + " " + configuration.name } ?? configuration.name
    return CommandInfo(
      name: configuration.name, fullName: fullName, abstract: configuration.abstract,
      discussion: configuration.discussion,
      arguments: arguments.map(\.info).filter { !CommandInfo.standardOptions.contains($0) }
        + CommandInfo.standardOptions,
      subcommands: configuration.subcommands.map { $0.info(parent: fullName) })
  }
}

/// What a command is called and what it is for.
struct CommandConfiguration: Sendable {
  /// The name as typed, e.g. `report`.
  let name: String
  /// One line: what the command is for.
  let abstract: LocalizedText
  /// Paragraphs shown under the abstract in help; may be empty.
  var discussion = LocalizedText.empty
  var subcommands: [any ParsableCommand.Type] = []
}

/// Two valid values that cannot go together (exit 64), in words.
struct ValidationError: Error, Equatable, Sendable {
  let message: LocalizedText

  init(_ message: LocalizedText) { self.message = message }
}

/// What a command produced: text for standard output or the `--output` file, and its status.
struct CommandOutput: Sendable {
  let text: String
  /// The `--output` path; nil: standard output.
  var destination: String? = nil
  /// The files the output must never replace (the inputs and the settings file).
  var protected: [FileIdentity: LocalizedText] = [:]
  var status = ExitStatus.success
}
