import Foundation
import TestSupport
import Testing

@testable import ClientWorthCLI

/// The docs that come from the declarations are current: the man page, the settings tables of
/// docs/spec.md and the README. `CLIENTWORTH_RECORD=1` rewrites them (review the diff).
@Suite struct GeneratedDocsTests {
  static var root: URL { SampleDataTests.root }

  /// Compares a block of a document, from the line `header` to the next blank line, with
  /// `expected`; in record mode, writes `expected` in its place.
  static func checkBlock(_ expected: String, in document: String, startingWith header: String) throws -> String? {
    let url = root.appendingPathComponent(document)
    let text = try String(contentsOf: url, encoding: .utf8)
    guard let start = text.range(of: "\n" + header + "\n") else { return "\(document) has no line '\(header)'" }
    let blockStart = text.index(after: start.lowerBound)
    let blockEnd =
      text.range(of: "\n\n", range: blockStart..<text.endIndex).map { text.index(after: $0.lowerBound) }
      ?? text.endIndex
    let current = String(text[blockStart..<blockEnd])
    if current == expected { return nil }
    if ProcessInfo.processInfo.environment["CLIENTWORTH_RECORD"] == "1" {
      try Data((text[..<blockStart] + expected + text[blockEnd...]).utf8).write(to: url)
      return "recorded \(document); run again without CLIENTWORTH_RECORD to check it"
    }
    return "\(document) differs from the declarations:\n" + Golden.unifiedDiff(expected: current, actual: expected)
  }

  @Test func specSettingsTableIsTheDeclarations() throws {
    let problem = try Self.checkBlock(
      SettingsTable.spec(), in: "docs/spec.md", startingWith: "| setting | meaning | default |")
    #expect(problem == nil)
  }

  @Test func readmeSettingsTableIsTheDeclarations() throws {
    let problem = try Self.checkBlock(
      SettingsTable.readme(), in: "README.md", startingWith: "| setting | flag | meaning | default | limits |")
    #expect(problem == nil)
  }

  @Test func manPageIsTheDeclarations() throws {
    let url = Self.root.appendingPathComponent("docs/clientworth.1")
    let page = Manual.page()
    let current = try? String(contentsOf: url, encoding: .utf8)
    if current != page && ProcessInfo.processInfo.environment["CLIENTWORTH_RECORD"] == "1" {
      try Data(page.utf8).write(to: url)
      Issue.record("recorded docs/clientworth.1; run again without CLIENTWORTH_RECORD to check it")
      return
    }
    #expect(
      current == page, "docs/clientworth.1 is not current: CLIENTWORTH_RECORD=1 swift test --filter GeneratedDocs")
  }

  /// Every option of every command and every setting is in the man page.
  @Test func manPageNamesEveryOptionAndSetting() {
    let page = Manual.page()
    for command in RootCommand.info().subcommands {
      #expect(page.contains(".SS \"clientworth \(command.name)"), "\(command.name)")
      for option in command.options {
        #expect(page.contains(option.longFlag.replacingOccurrences(of: "-", with: "\\-")), "\(option.longFlag)")
      }
    }
    for setting in SettingsCatalog.all { #expect(page.contains("\\fB\(setting.key)"), "\(setting.key)") }
  }

  /// groff reads the page without a warning (skipped where groff is not installed).
  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/groff")))
  func manPageFormatsWithoutWarnings() throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/groff")
    process.arguments = ["-man", "-Tutf8", "-ww", "-z", Self.root.appendingPathComponent("docs/clientworth.1").path]
    let errors = Pipe()
    process.standardError = errors
    try process.run()
    process.waitUntilExit()
    let warnings = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    #expect(process.terminationStatus == 0)
    #expect(warnings == "")
  }
}
