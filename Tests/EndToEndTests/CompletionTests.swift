import Foundation
import TestSupport
import Testing

/// `clientworth completions bash|zsh|fish`: the scripts are golden files, each shell reads its
/// script without a syntax error, and bash completes what the declarations say.
@Suite struct CompletionTests {
  static func script(_ shell: String) throws -> String {
    let folder = try Workdir()
    defer { folder.remove() }
    let run = try RunClientWorth.run(["completions", shell], in: folder.url)
    #expect(run.status == 0)
    #expect(run.stderr == "")
    return run.stdout
  }

  /// Runs `shell arguments…` on `script` written to a file; nil when the shell is not installed.
  static func shell(_ path: String, _ arguments: [String], script: String) throws -> (status: Int32, output: String)? {
    guard FileManager.default.isExecutableFile(atPath: path) else { return nil }
    let folder = try Workdir()
    defer { folder.remove() }
    let file = try folder.write("script", script)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments.map { $0 == "SCRIPT" ? file.path : $0 }
    process.currentDirectoryURL = folder.url
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    try process.run()
    let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return (process.terminationStatus, text)
  }

  @Test(arguments: [("bash", "/bin/bash"), ("zsh", "/bin/zsh"), ("fish", "/usr/bin/fish")])
  func scriptIsGoldenAndParses(shell: String, path: String) throws {
    let script = try Self.script(shell)
    #expect(Golden.check(script, named: "completions.\(shell)") == nil)
    if let check = try Self.shell(path, ["-n", "SCRIPT"], script: script) {
      #expect(check.status == 0, "\(shell) -n: \(check.output)")
    }
  }

  /// What bash offers after each command line, from the declarations.
  @Test func bashCompletesSubcommandsOptionsAndValues() throws {
    let cases = [
      (["clientworth", "re"], "report"),
      (["clientworth", "report", "--for"], "--format"),
      (["clientworth", "report", "--format", ""], "table markdown csv json html"),
      (["clientworth", "report", "--sort", "-pro"], "-profit"),
      (["clientworth", "trend", "--by", ""], "month quarter"),
      (["clientworth", "decide", "--ref"], "--refund"),
      (["clientworth", "decide", "--refund", ""], ""),
      (["clientworth", "completions", "f"], "fish"),
      (["clientworth", "help", "in"], "inspect"),
      (["clientworth", "inspect", "--date-order", ""], "dmy mdy"),
      (["clientworth", "report", "-"], ""),
    ]
    var driver = try Self.script("bash") + "\n"
    driver += "t() { COMP_WORDS=(\"$@\"); COMP_CWORD=$((${#COMP_WORDS[@]}-1)); COMPREPLY=(); _clientworth; "
    driver += "echo \"${COMPREPLY[*]}\"; }\n"
    for (words, _) in cases { driver += "t " + words.map { "'\($0)'" }.joined(separator: " ") + "\n" }
    guard let run = try Self.shell("/bin/bash", ["SCRIPT"], script: driver) else { return }
    let lines = run.output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    for (index, (words, expected)) in cases.enumerated() where !expected.isEmpty {
      #expect(lines[index] == expected, "\(words)")
    }
    // `-` alone offers every option of the command.
    #expect(lines[cases.count - 1].contains("--cost-rate") && lines[cases.count - 1].contains("--sort"))
    #expect(lines[6] == "")
  }
}
