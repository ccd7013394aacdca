import Foundation

/// What one run of the real `clientworth` binary did.
public struct ClientWorthRun: Sendable, Equatable {
  public let status: Int32
  /// True when the process was ended by a signal (`status` is then the signal number).
  public let killedBySignal: Bool
  public let stdout: String
  public let stderr: String

  public init(status: Int32, killedBySignal: Bool, stdout: String, stderr: String) {
    self.status = status
    self.killedBySignal = killedBySignal
    self.stdout = stdout
    self.stderr = stderr
  }
}

/// Runs the built `clientworth` executable, as a user would, and captures everything it did.
public enum RunClientWorth {
  /// The environment end-to-end tests run with: no colour, a fixed width, nothing else inherited.
  public static let testEnvironment = ["NO_COLOR": "1", "COLUMNS": "100", "PATH": "/usr/bin:/bin"]

  /// The built executable: it sits beside the test bundle in the build folder. Nil when absent.
  public static func binaryPath(filePath: String = #filePath) -> String? {
    var candidates: [URL] = []
    if let executable = Bundle.main.executableURL {
      candidates.append(executable.deletingLastPathComponent())
    }
    candidates.append(Bundle.main.bundleURL.deletingLastPathComponent())
    candidates.append(Bundle.main.bundleURL)
    // Tests/TestSupport/RunClientWorth.swift → the package root → .build/debug.
    let root = URL(fileURLWithPath: filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    candidates.append(root.appendingPathComponent(".build/debug"))
    for folder in candidates {
      let path = folder.appendingPathComponent("clientworth").path
      if FileManager.default.isExecutableFile(atPath: path) { return path }
    }
    return nil
  }

  /// Runs `clientworth arguments…` in `directory`. With `closedStdout`, standard output is a
  /// pipe whose reading end is already closed, as under `clientworth … | head -0`.
  public static func run(
    _ arguments: [String], in directory: URL, environment: [String: String] = testEnvironment,
    closedStdout: Bool = false, stdin: String? = nil
  ) throws -> ClientWorthRun {
    guard let binary = binaryPath() else { throw MissingBinary() }
    return try launch(
      binary, arguments, in: directory, environment: environment, closedStdout: closedStdout, stdin: stdin)
  }

  /// Runs a `/bin/sh` script in `directory` with `$CLIENTWORTH` set to the binary, for what only a
  /// shell sets up: `ulimit`, redirections to devices.
  public static func shell(_ script: String, in directory: URL) throws -> ClientWorthRun {
    guard let binary = binaryPath() else { throw MissingBinary() }
    var environment = testEnvironment
    environment["CLIENTWORTH"] = binary
    return try launch("/bin/sh", ["-c", script], in: directory, environment: environment)
  }

  private static func launch(
    _ binary: String, _ arguments: [String], in directory: URL, environment: [String: String],
    closedStdout: Bool = false, stdin: String? = nil
  ) throws -> ClientWorthRun {
    let capture = try Workdir()
    defer { capture.remove() }
    let stdoutFile = capture.url.appendingPathComponent("stdout")
    let stderrFile = capture.url.appendingPathComponent("stderr")
    _ = FileManager.default.createFile(atPath: stdoutFile.path, contents: nil)
    _ = FileManager.default.createFile(atPath: stderrFile.path, contents: nil)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: binary)
    process.arguments = arguments
    process.environment = environment
    process.currentDirectoryURL = directory
    let errorHandle = try FileHandle(forWritingTo: stderrFile)
    process.standardError = errorHandle
    let outputHandle = try FileHandle(forWritingTo: stdoutFile)
    let pipe = Pipe()
    if closedStdout {
      process.standardOutput = pipe
      try pipe.fileHandleForReading.close()
    } else {
      process.standardOutput = outputHandle
    }
    let input = Pipe()
    if stdin != nil { process.standardInput = input }
    try process.run()
    if closedStdout { try? pipe.fileHandleForWriting.close() }
    if let stdin {
      try input.fileHandleForWriting.write(contentsOf: Data(stdin.utf8))
      try input.fileHandleForWriting.close()
    }
    process.waitUntilExit()
    try outputHandle.close()
    try errorHandle.close()
    return ClientWorthRun(
      status: process.terminationStatus, killedBySignal: process.terminationReason == .uncaughtSignal,
      stdout: try String(contentsOf: stdoutFile, encoding: .utf8),
      stderr: try String(contentsOf: stderrFile, encoding: .utf8))
  }

  /// The executable was not built before the tests ran.
  public struct MissingBinary: Error, CustomStringConvertible {
    public var description: String { "clientworth is not built beside the tests; run `swift build` first" }
  }
}
