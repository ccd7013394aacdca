import Domain

extension FigureCalculator {
  /// The report of `report(ledger:settings:)`, and for each of `clients` the explanation of its
  /// figures over the settings' period (named `scope`), from the same calculation: every figure
  /// with its formula, and the rows of the input that fed it (see docs/spec.md, "Explaining a
  /// figure"). A client without facts in the period is explained with its zero figures; the share
  /// reads the year to as-of, so the year's earned revenue of each client is explained too.
  public static func explain(
    ledger: Ledger, settings: Settings, clients: Set<ClientKey>, scope: Scope = .period
  ) -> (report: ProfitabilityReport, explanations: [ClientKey: Explanation]) {
    let calculation = Calculation(ledger: ledger, settings: settings, tracing: clients)
    let spans = calculation.earned.traced.mapValues(\.spans)
    let asOf = calculation.asOf
    let inPeriod = TimeGroups.byMonth(
      ledger, clients: clients, period: calculation.period, asOf: asOf, spans: spans, costRates: settings.costRates)
    let inYear = TimeGroups.byMonth(
      ledger, clients: clients, period: Calculation.year(to: asOf), asOf: asOf, spans: spans,
      costRates: settings.costRates)
    var explanations: [ClientKey: Explanation] = [:]
    for client in clients {
      var builder = ExplanationBuilder(
        calculation, ledger: ledger, client: client, scope: scope, periodIndex: Calculation.periodIndex,
        groups: inPeriod[client] ?? [])
      builder.buildAll()
      var year = ExplanationBuilder(
        calculation, ledger: ledger, client: client, scope: .year, periodIndex: Calculation.yearIndex,
        groups: inYear[client] ?? [])
      year.buildEarned()
      builder.explanation.merge(year.explanation)
      explanations[client] = builder.explanation
    }
    return (calculation.report(ledger: ledger, filter: nil), explanations)
  }
}
