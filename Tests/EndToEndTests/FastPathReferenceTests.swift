import Foundation
import TestSupport
import Testing

@testable import ClientWorthCLI

/// The report of the real binary equals a slow, row-by-row reference worked out from the
/// generator's own values (issue 6: the fast importer's figures must be the obviously correct
/// ones), whatever the layout of the same rows, and on a file large enough for a chunked or
/// parallel reader to split.
@Suite(.enabled(if: RunClientWorth.binaryPath() != nil, "clientworth is not built"))
struct FastPathReferenceTests {
  static let seeds: [UInt64] = [7, 19, 42]
  /// The figures compared: those the time and invoice files alone determine.
  static let figures = ["hours", "billableHours", "billableValue", "invoiced", "cost"]

  /// A few thousand rows per seed, each run in six layouts that must all give the same report.
  @Test(arguments: seeds) func everyLayoutOfTheRowsGivesTheReferenceFigures(_ seed: UInt64) throws {
    let sample = TimeExportSample(seed: seed, rows: 2_000 + Int(seed) * 50)
    let reference = ReferenceFigures(sample)
    #expect(reference.clients.count == TimeExportSample.clients.count)
    let base = try Self.report(Self.files(sample))
    #expect(base.status == 0)
    let found = try Self.differences(base.stdout, reference)
    #expect(found.isEmpty, "\(found.prefix(10))")
    #expect(Self.accountingProblems(base.stderr, sample) == [])
    // Each entry over 24 hours is a warning at its row (issue 20), wherever the layout puts the row.
    let long = sample.entries.filter { $0.seconds > 86_400 }.count
    #expect(try Self.diagnostics(base.stdout).filter { $0.contains("more than 24 hours") }.count == long)

    let half = sample.entries.count / 2
    var shuffled = sample
    var random = SeededRandom(state: seed &* 31)
    shuffled.entries.shuffle(using: &random)
    shuffled.invoices.shuffle(using: &random)
    let variants: [(name: String, files: [(name: String, text: String)])] = [
      ("CRLF", Self.files(sample, CSVLayout(lineEnd: "\r\n"))),
      ("BOM", Self.files(sample, CSVLayout(byteOrderMark: true))),
      ("every field quoted", Self.files(sample, CSVLayout(quoteAll: true))),
      ("two time files", Self.files(sample, splitAt: half)),
      ("shuffled", Self.files(shuffled)),
    ]
    for variant in variants {
      let run = try Self.report(variant.files)
      #expect(run.status == 0, "\(variant.name)")
      #expect(try Self.withoutDiagnostics(run.stdout) == Self.withoutDiagnostics(base.stdout), "\(variant.name)")
      #expect(try Self.diagnostics(run.stdout).count == Self.diagnostics(base.stdout).count, "\(variant.name)")
      #expect(Self.accountingProblems(run.stderr, sample) == [], "\(variant.name)")
    }
  }

  /// ~40 MB in one Toggl file, most of it long quoted descriptions whose lines look like rows:
  /// any split of the file at a line break inside a quoted field shows up in the figures or the
  /// row accounting. (Bytes rather than rows make it large: the debug build reads ~300k short
  /// rows in 17 s, 60k rows of 40 MB in a few.)
  @Test func aFileLargeEnoughToSplitGivesTheReferenceFigures() throws {
    let sample = TimeExportSample(seed: 2026, rows: 60_000, longShare: 40)
    let files = Self.files(sample)
    #expect(files[0].text.utf8.count > 35_000_000)
    let run = try Self.report(files)
    #expect(run.status == 0)
    let found = try Self.differences(run.stdout, ReferenceFigures(sample))
    #expect(found.isEmpty, "\(found.prefix(10))")
    #expect(Self.accountingProblems(run.stderr, sample) == [])
  }

  // MARK: - Running and reading the report

  /// The sample's Toggl file (in two when `splitAt` is given) and its invoices file.
  static func files(
    _ sample: TimeExportSample, _ layout: CSVLayout = CSVLayout(), splitAt: Int? = nil
  ) -> [(name: String, text: String)] {
    let rows = sample.timeRows
    let invoices = ("invoices.csv", layout.text(TimeExportSample.invoiceHeader, sample.invoiceRows))
    guard let splitAt else { return [("toggl.csv", layout.text(TimeExportSample.timeHeader, rows)), invoices] }
    return [
      ("toggl-1.csv", layout.text(TimeExportSample.timeHeader, Array(rows[..<splitAt]))),
      ("toggl-2.csv", layout.text(TimeExportSample.timeHeader, Array(rows[splitAt...]))), invoices,
    ]
  }

  /// `clientworth report FILES --format json --verbose` in a fresh folder.
  static func report(_ files: [(name: String, text: String)]) throws -> ClientWorthRun {
    let folder = try Workdir()
    defer { folder.remove() }
    for file in files { try folder.write(file.name, file.text) }
    let options = [
      "--format", "json", "--as-of", TimeExportSample.asOf, "--currency", "USD", "--cost-rate", "3600", "--verbose",
    ]
    return try RunClientWorth.run(["report"] + files.map(\.name) + options, in: folder.url)
  }

  /// The JSON report without its diagnostics, whose lines move with the layout.
  static func withoutDiagnostics(_ json: String) throws -> Data {
    var object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    object["diagnostics"] = nil
    return try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
  }

  /// The messages of the JSON report's diagnostics.
  static func diagnostics(_ json: String) throws -> [String] {
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let list = object["diagnostics"] as? [[String: Any]] ?? []
    return list.compactMap { $0["message"] as? String }
  }

  /// Every figure on which the report and the reference differ, compared as exact decimal text.
  static func differences(_ json: String, _ reference: ReferenceFigures) throws -> [String] {
    let root = try JSONParser.parse(Array(json.utf8))
    guard case .array(let clients) = member("clients", of: root)?.value, let totals = member("totals", of: root)
    else { return ["the report has no clients or no totals"] }
    var report: [String: JSONNode] = [:]
    for client in clients {
      guard case .string(let name) = member("client", of: client)?.value else { return ["a client without a name"] }
      report[name] = client
    }
    var found: [String] = []
    for name in Set(report.keys).union(reference.clients.keys).sorted() {
      guard let node = report[name], let expected = reference.clients[name] else {
        found.append("\(name): \(report[name] == nil ? "missing from the report" : "not in the reference")")
        continue
      }
      found += compare(name, node, expected)
    }
    return found + compare("totals", totals, reference.totals)
  }

  static func compare(_ name: String, _ node: JSONNode, _ expected: ReferenceFigures.Client) -> [String] {
    let texts = expected.texts
    return figures.compactMap { figure in
      let shown: String
      switch member(figure, of: node)?.value {
      case .number(let text): shown = text
      case .null: shown = "null"
      default: shown = "absent"
      }
      return shown == texts[figure] ? nil : "\(name): \(figure) \(shown) ≠ \(texts[figure] ?? "")"
    }
  }

  static func member(_ key: String, of node: JSONNode) -> JSONNode? {
    guard case .object(let members) = node.value else { return nil }
    return members.first { $0.key == key }?.node
  }

  /// What is wrong with the `--verbose` lines `FILE: FORMAT: N rows read, I imported, S skipped`:
  /// every generated row read and imported, none skipped, each file in its format.
  static func accountingProblems(_ stderr: String, _ sample: TimeExportSample) -> [String] {
    var read: [String: Int] = [:]
    var problems: [String] = []
    for line in stderr.split(separator: "\n") where line.contains(" rows read, ") {
      let parts = line.components(separatedBy: ": ")
      let numbers = parts.last?.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) } ?? []
      guard parts.count == 3, numbers.count == 3 else {
        problems.append("unreadable: \(line)")
        continue
      }
      read[parts[1], default: 0] += numbers[0]
      if numbers[1] != numbers[0] || numbers[2] != 0 { problems.append(String(line)) }
    }
    let expected = ["toggl time": sample.entries.count, "native invoices": sample.invoices.count]
    if read != expected { problems.append("rows read \(read), generated \(expected)") }
    return problems
  }
}
