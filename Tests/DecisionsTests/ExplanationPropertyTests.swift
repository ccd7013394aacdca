import Analysis
import Domain
import TestSupport
import Testing

@testable import Decisions

/// Every figure of every client's explanation adds up, exactly, to the figure the report and the
/// decision show: its formula, evaluated from the explanation's own figures, constants and table
/// totals, gives the value to the fraction of a minor unit. On SampleData too (EndToEndTests).
@Suite struct ExplanationPropertyTests {
  @Test(arguments: Array(UInt64(1)...40))
  func everyFigureAddsUp(seed: UInt64) throws {
    let random = RandomLedger(seed: seed)
    let keys = Set(random.ledger.clientKeys)
    let (report, decisions, explanations) = DecisionMaker.explain(
      ledger: random.ledger, settings: random.settings, clients: keys)
    #expect(report == FigureCalculator.report(ledger: random.ledger, settings: random.settings))
    for client in report.clients {
      let explanation = try #require(explanations[client.client], "seed \(seed): \(client.name)")
      for problem in ExplanationCheck.problems(explanation) { Issue.record("seed \(seed): \(problem)") }
      #expect(explanation.figure(FigureKey("earned", .period))?.value == client.figures.earned.map(Quantity.money))
      #expect(explanation.figure(FigureKey("profit", .period))?.value == client.figures.profit.map(Quantity.money))
    }
    for decision in decisions?.decisions ?? [] {
      let explanation = try #require(explanations[decision.client])
      #expect(
        explanation.figure(FigureKey("monthlyProfit", .decision))?.value
          == decision.monthlyProfit.map(Quantity.money(exact:)), "seed \(seed): \(decision.name)")
      #expect(explanation.verdict?.recommendation == decision.recommendation.rawValue)
    }
  }
}

/// What must hold of every figure of an explanation.
enum ExplanationCheck {
  /// One line per figure that does not add up, or is null or unexplained without a note.
  static func problems(_ explanation: Explanation) -> [String] {
    var problems: [String] = []
    for figure in explanation.figures {
      let place = "\(explanation.name) \(figure.key)"
      guard let value = figure.value else {
        if figure.note == nil { problems.append("\(place) is null without a note") }
        continue
      }
      guard let formula = figure.formula else {
        if !value.value.isZero || figure.note == nil { problems.append("\(place) = \(value.value) has no formula") }
        continue
      }
      for key in formula.figures where explanation.figure(key) == nil {
        problems.append("\(place) reads \(key), which the explanation lacks")
      }
      for id in formula.tables where explanation.table(id) == nil {
        problems.append("\(place) reads table \(id), which the explanation lacks")
      }
      let evaluated = explanation.evaluate(formula)
      if evaluated != value.value {
        problems.append("\(place) = \(value.value) but its formula gives \(evaluated.map(\.description) ?? "null")")
      }
    }
    return problems
  }
}
