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
      for problem in explanation.imbalances() { Issue.record("seed \(seed): \(problem)") }
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

extension ExplanationPropertyTests {
  /// The seeds between them make every figure that can be asked for known at least once, so no
  /// figure's formula goes unchecked.
  @Test func theSeedsCheckEveryFigure() {
    var checked = Set<String>()
    for seed in UInt64(1)...40 {
      let random = RandomLedger(seed: seed)
      let explanations = DecisionMaker.explain(
        ledger: random.ledger, settings: random.settings, clients: Set(random.ledger.clientKeys)
      ).explanations
      for explanation in explanations.values {
        for figure in explanation.figures where figure.value != nil && figure.formula != nil {
          checked.insert(figure.key.name)
        }
      }
    }
    let unchecked = Explanation.askableNames.filter { !checked.contains($0) && $0 != ExplainedVerdict.figureName }
    #expect(unchecked.isEmpty, "never known with a formula: \(unchecked)")
  }
}
