import Localization

/// A command line the program cannot run (exit 64): an unknown option, a missing or bad value,
/// two options that exclude each other, a client the data does not have.
struct UsageError: Error, Equatable, Sendable {
  /// What is wrong, one line, without the `error: ` prefix.
  let message: LocalizedText
  /// The usage line of the command, e.g. `clientworth report [<options>] [<file> ...]`.
  let usage: LocalizedText
  /// The command to point `--help` at, e.g. `clientworth report`.
  let command: String

  init(_ message: LocalizedText, command: CommandInfo) {
    self.message = message
    self.usage = command.usage
    self.command = command.fullName
  }
}
