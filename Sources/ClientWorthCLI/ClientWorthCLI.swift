import Domain
import Foundation
import Importers
import Localization
import Reports

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The command line: turns arguments and the environment into a run and an exit status.
public enum ClientWorthCLI {
  /// Runs the program against the real world (standard streams, working folder, terminal) and
  /// returns its exit status.
  public static func main(
    arguments: [String] = CommandLine.arguments,
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> Int32 {
    // A reader that goes away (`clientworth report | head`) must end the run quietly, not kill
    // it: ignore SIGPIPE and let the failed write stop the output (FileDescriptorStream).
    signal(SIGPIPE, SIG_IGN)
    var stdout = FileDescriptorStream(descriptor: STDOUT_FILENO)
    var stderr = FileDescriptorStream(descriptor: STDERR_FILENO)
    let status = run(
      arguments: Array(arguments.dropFirst()), environment: environment,
      workingDirectory: FileManager.default.currentDirectoryPath, terminal: .current(), today: today(),
      stdout: &stdout, stderr: &stderr,
      importer: { files, options throws(ImportError) in
        let imported = try Importer.importFiles(files, options: options)
        KeptUntilExit.keep(imported)
        return imported
      })
    // A report that could not be written (a full disk, /dev/full) is a failure, not a success
    // nobody sees; a reader that went away (a closed pipe) is not.
    if let failure = stdout.failure, status == ExitStatus.success.rawValue {
      let locale = LanguageOptions.bestEffortLocale(Array(arguments.dropFirst()), environment: environment)
      stderr.write(ErrorPresenter.present(.standardOutput(reason: failure), locale: locale).message)
      return ExitStatus.cannotCreate.rawValue
    }
    return status
  }

  /// The local calendar day: the one read of the clock, so that every run below is a function of
  /// the day it is given.
  private static func today() -> Day {
    let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
    return Day(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1) ?? Day(daysSinceEpoch: 0)
  }

  /// The testable core: the arguments after the program name, the environment, the folder
  /// relative paths start from, the terminal facts and the two output streams.
  ///
  /// Help, `--version` and a run with no arguments at all (top-level help, like
  /// argument-parser's for a command made of subcommands) print to `stdout` and return 0. Every
  /// text, errors included, is in the language `--lang` or the environment asks for.
  static func run(
    arguments: [String], environment: [String: String], workingDirectory: String, terminal: Terminal, today: Day,
    stdout: inout some TextOutputStream, stderr: inout some TextOutputStream,
    importer: @escaping RunContext.ImportFunction = { files, options throws(ImportError) in
      try Importer.importFiles(files, options: options)
    }
  ) -> Int32 {
    var running: CommandInfo?
    let locale = LanguageOptions.bestEffortLocale(arguments, environment: environment)
    do throws(CLIError) {
      let outcome: CommandLineParser.Outcome
      do {
        outcome = try CommandLineParser(root: RootCommand.self).parse(arguments)
      } catch {
        throw .usage(error)
      }
      switch outcome {
      case .help(let command):
        stdout.write(
          HelpText(command: command, width: terminal.width(environment: environment), locale: locale).render())
      case .version:
        stdout.write(RootCommand.version + "\n")
      case .run(let command, let info):
        running = info
        let fileSystem = FileSystem(workingDirectory: workingDirectory)
        let context = RunContext(
          fileSystem: fileSystem, environment: environment, terminal: terminal, today: today, importer: importer,
          command: info, locale: locale)
        let output = try command.run(context, stderr: &stderr)
        if let destination = output.destination {
          do {
            try OutputFile(
              path: destination, absolutePath: fileSystem.absolute(destination), protected: output.protected
            ).write(output.text)
          } catch {
            throw .output(error)
          }
        } else {
          stdout.write(output.text)
        }
        return output.status.rawValue
      }
      return ExitStatus.success.rawValue
    } catch {
      let (message, status) = ErrorPresenter.present(error, running: running ?? RootCommand.info(), locale: locale)
      stderr.write(PrintableText.lines(message))
      return status.rawValue
    }
  }
}
