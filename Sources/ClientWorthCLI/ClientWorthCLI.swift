import Foundation
import Importers
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
      workingDirectory: FileManager.default.currentDirectoryPath, terminal: .current(),
      stdout: &stdout, stderr: &stderr,
      importer: { files, options throws(ImportError) in
        let imported = try Importer.importFiles(files, options: options)
        KeptUntilExit.keep(imported)
        return imported
      })
    // A report that could not be written (a full disk, /dev/full) is a failure, not a success
    // nobody sees; a reader that went away (a closed pipe) is not.
    if let failure = stdout.failure, status == ExitStatus.success.rawValue {
      stderr.write(ErrorPresenter.present(.standardOutput(reason: failure)).message)
      return ExitStatus.cannotCreate.rawValue
    }
    return status
  }

  /// The testable core: the arguments after the program name, the environment, the folder
  /// relative paths start from, the terminal facts and the two output streams.
  ///
  /// Help, `--version` and a run with no arguments at all (top-level help, like
  /// argument-parser's for a command made of subcommands) print to `stdout` and return 0.
  static func run(
    arguments: [String], environment: [String: String], workingDirectory: String, terminal: Terminal,
    stdout: inout some TextOutputStream, stderr: inout some TextOutputStream,
    importer: @escaping AnalysisRun.ImportFunction = { files, options throws(ImportError) in
      try Importer.importFiles(files, options: options)
    }
  ) -> Int32 {
    let width = terminal.width(environment: environment)
    do throws(CLIError) {
      let outcome: CommandLineParser.Outcome
      do {
        outcome = try CommandLineParser(root: RootCommand.spec).parse(arguments)
      } catch {
        throw .usage(error)
      }
      switch outcome {
      case .help(let command):
        stdout.write(HelpText(command: command, width: width).render())
      case .version:
        stdout.write(RootCommand.version + "\n")
      case .run(let parsed) where parsed.command.name == FormatsCommand.spec.name:
        stdout.write(FormatsCommand.render(width: width))
      case .run(let parsed) where parsed.command.name == InspectCommand.spec.name:
        let fileSystem = FileSystem(workingDirectory: workingDirectory)
        let outcome = try InspectCommand.run(parsed: parsed, fileSystem: fileSystem, importer: importer)
        stdout.write(outcome.text)
        return outcome.status.rawValue
      case .run(let parsed):
        let fileSystem = FileSystem(workingDirectory: workingDirectory)
        let analysis = AnalysisRun(
          parsed: parsed, fileSystem: fileSystem, environment: environment, terminal: terminal, importer: importer)
        let output = try analysis.execute(stderr: &stderr)
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
      }
      return ExitStatus.success.rawValue
    } catch {
      let (message, status) = ErrorPresenter.present(error)
      stderr.write(PrintableText.lines(message))
      return status.rawValue
    }
  }
}
