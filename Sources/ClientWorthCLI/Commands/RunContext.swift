import Domain
import Importers
import Localization

/// What a command runs against: the file system, the environment, the terminal, the run date and
/// the importer, passed in so that a run is a function of its inputs (tests give a fixed day).
struct RunContext: Sendable {
  /// The signature of `Importer.importFiles`, replaceable so tests can feed a run an exact import.
  typealias ImportFunction = @Sendable ([InputFile], ImportOptions) throws(ImportError) -> ImportResult

  let fileSystem: FileSystem
  let environment: [String: String]
  let terminal: Terminal
  /// The run date, for `today` and relative periods; read from the clock only by `main`.
  let today: Day
  let importer: ImportFunction
  /// The command being run, for the usage line of a usage error found while running.
  let command: CommandInfo
  /// The language and digits of the text for people (`--lang`, `--digits`, the environment).
  var locale: TextLocale = .english

  /// The width to lay text out in.
  var width: Int { terminal.width(environment: environment) }

  /// A usage error of the running command.
  func usageError(_ error: ValidationError) -> CLIError {
    .usage(UsageError(error.message, command: command))
  }
}
