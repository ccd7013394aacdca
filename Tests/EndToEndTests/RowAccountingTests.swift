import Foundation
import TestSupport
import Testing

/// Every row read is either imported or skipped, and every skipped row has exactly one error in
/// the JSON diagnostics, for each bad-input corpus entry that imports.
@Suite struct RowAccountingTests {
  /// The corpus entries that import (exit 0), with the rows read and skipped over all their files.
  /// A payment for an unknown invoice is imported and then not counted (a warning), not skipped.
  static let cases: [(name: String, read: Int, skipped: Int)] = [
    ("amount-1e400.csv", 2, 1), ("amount-two-dots.csv", 2, 1), ("blank-lines.csv", 2, 0),
    ("date-13-13.csv", 2, 1), ("date-feb-30.csv", 2, 1), ("duplicate-invoice.csv", 2, 1),
    ("duration-10000-hours.csv", 2, 0), ("header-only.csv", 0, 0), ("invalid-utf8.csv", 1, 0),
    ("negative-duration.csv", 2, 1), ("paid-before-issued.csv", 2, 0), ("quote-in-unquoted-field.csv", 1, 0),
    ("too-few-fields.csv", 2, 0), ("too-many-fields.csv", 2, 1), ("unknown-invoice", 3, 0),
  ]

  /// The (read, imported, skipped) of each `--verbose` line `file: format: N rows read, I imported, S skipped`.
  static func counts(_ stderr: String) -> [(read: Int, imported: Int, skipped: Int)] {
    stderr.split(separator: "\n").compactMap { line in
      guard line.contains(" rows read, "), line.hasSuffix(" skipped"),
        let range = line.range(of: ": ", options: .backwards)
      else { return nil }
      let numbers = line[range.upperBound...].split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
      guard numbers.count == 3 else { return nil }
      return (numbers[0], numbers[1], numbers[2])
    }
  }

  @Test(arguments: cases.map(\.name)) func readIsImportedPlusSkipped(_ name: String) throws {
    let expected = try #require(Self.cases.first { $0.name == name })
    let (run, folder) = try BadInputTests.run(name, ["--format", "json", "--verbose"])
    defer { folder.remove() }
    #expect(run.status == 0)
    let files = Self.counts(run.stderr)
    #expect(!files.isEmpty)
    for file in files { #expect(file.read == file.imported + file.skipped) }
    #expect(files.map(\.read).reduce(0, +) == expected.read)
    let skipped = files.map(\.skipped).reduce(0, +)
    #expect(skipped == expected.skipped)
    let json = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
    let diagnostics = try #require(json?["diagnostics"] as? [[String: Any]])
    let errors = diagnostics.filter { $0["severity"] as? String == "error" }
    #expect(errors.count == skipped)
  }
}
