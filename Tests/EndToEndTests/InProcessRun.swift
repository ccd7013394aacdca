import Domain
import TestSupport

@testable import ClientWorthCLI

/// What one in-process run of the command line did: `ClientWorthCLI.run` with an exact import
/// result fed in where the importer would be, a given terminal and a given run date.
struct InProcessRun: Equatable {
  var status: Int32
  var stdout: String
  var stderr: String

  /// 2026-05-27, the run date of the in-process tests.
  static let today = Day(daysSinceEpoch: 20_600)

  init(status: Int32, stdout: String, stderr: String) {
    self.status = status
    self.stdout = stdout
    self.stderr = stderr
  }

  /// Runs `arguments` in `folder`, with `COLUMNS=100`.
  init(
    _ arguments: [String], in folder: Workdir, environment: [String: String] = ["NO_COLOR": "1", "COLUMNS": "100"],
    terminal: Terminal = .none, today: Day = InProcessRun.today, importer: @escaping RunContext.ImportFunction
  ) {
    var stdout = ""
    var stderr = ""
    status = ClientWorthCLI.run(
      arguments: arguments, environment: environment, workingDirectory: folder.path, terminal: terminal,
      today: today, stdout: &stdout, stderr: &stderr, importer: importer)
    self.stdout = stdout
    self.stderr = stderr
  }
}
