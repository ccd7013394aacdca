import Analysis
import Decisions
import Domain
import Foundation
import Importers
import TestSupport
import Testing

@testable import ClientWorthCLI

/// Every figure of every client's explanation of SampleData adds up exactly to the figure the report
/// and the decision show (`Explanation.imbalances`), over all the data and over a shorter period.
@Suite struct SampleExplanationTests {
  /// SampleData's ledger and settings as `explain` reads them.
  static func prepared(_ extra: [String] = []) throws -> AnalysisRun.Prepared {
    let arguments = ["explain", "Harbor Yoga", "SampleData"] + extra
    let parsed = try CommandLineParser(root: RootCommand.self).parse(arguments)
    guard case .run(let command as ExplainCommand, let info) = parsed else {
      throw Failure(description: "explain did not parse")
    }
    let context = RunContext(
      fileSystem: FileSystem(workingDirectory: SampleDataTests.root.path), environment: [:], terminal: .none,
      today: InProcessRun.today,
      importer: { files, options throws(ImportError) in try Importer.importFiles(files, options: options) },
      command: info)
    var stderr = ""
    return try AnalysisRun(options: command.analysis, context: context).prepare(stderr: &stderr)
  }

  struct Failure: Error, CustomStringConvertible { let description: String }

  @Test(arguments: [[], ["-p", "2026-Q2"]])
  func everyFigureOfEveryClientAddsUp(period: [String]) throws {
    let prepared = try Self.prepared(period)
    let clients = Set(prepared.ledger.clientKeys)
    let (report, decisions, explanations) = DecisionMaker.explain(
      ledger: prepared.ledger, settings: prepared.settings, clients: clients)
    #expect(report.clients.count >= 10)
    #expect(decisions?.decisions.count == 12)
    var figures = 0
    for explanation in explanations.values {
      #expect(explanation.imbalances() == [], "\(explanation.name)")
      figures += explanation.figures.count { $0.value != nil && $0.formula != nil }
    }
    #expect(figures > 300)
  }
}
