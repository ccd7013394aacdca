/// A command line the program cannot run (exit 64): an unknown option, a missing or bad value.
struct UsageError: Error, Equatable, Sendable {
  /// What is wrong, one line, without the `Error: ` prefix.
  let message: String
  /// The command whose usage to show, e.g. `clientworth report`.
  let usage: String
  /// The command to point `--help` at.
  let command: String

  init(message: String, usage: String, command: String) {
    self.message = message
    self.usage = usage
    self.command = command
  }

  init(_ message: String, command: CommandSpec) {
    self.message = message
    self.usage = command.usage
    self.command = command.fullName
  }
}
