import Analysis
import Domain

extension DecisionMaker {
  /// What `explain` shows: the report over the settings' period, the decisions (nil without a cost
  /// rate), and for each of `clients` its explanation: the report's figures, the decision's with
  /// the window's figures they read, and all the data's open balance when the period is shorter.
  public static func explain(
    ledger: Ledger, settings: Settings, clients: Set<ClientKey>
  ) -> (report: ProfitabilityReport, decisions: DecisionReport?, explanations: [ClientKey: Explanation]) {
    var settings = settings
    let asOf = Self.asOf(ledger, settings)
    settings.asOf = asOf
    let (report, explanations) = FigureCalculator.explain(ledger: ledger, settings: settings, clients: clients)
    var windowSettings = settings
    windowSettings.from = TrailingWindow.start(asOf: asOf, windowDays: settings.windowDays)
    windowSettings.to = asOf
    let window = FigureCalculator.explain(ledger: ledger, settings: windowSettings, clients: clients, scope: .window)
    let coversAll = settings.from == nil && settings.to == nil
    var allSettings = settings
    (allSettings.from, allSettings.to) = (nil, nil)
    let allData =
      coversAll
      ? (report: report, explanations: [:])
      : FigureCalculator.explain(ledger: ledger, settings: allSettings, clients: clients, scope: .allData)
    let decisions = try? decide(ledger: ledger, settings: settings, report: allData.report, window: window.report)
    // By client: the page explains every client, and a search per client would grow as their square.
    let decided = Dictionary(
      (decisions?.decisions ?? []).map { ($0.client, $0) }, uniquingKeysWith: { first, _ in first })
    let firstDays = Dictionary(
      allData.report.clients.map { ($0.client, $0.firstDay) }, uniquingKeysWith: { first, _ in first })
    var result: [ClientKey: Explanation] = [:]
    for client in clients {
      guard var explanation = explanations[client] else { continue }
      if let decision = decided[client] {
        for part in [window.explanations[client], allData.explanations[client]].compactMap(\.self) {
          explanation.merge(part)
        }
        let firstDay = firstDays[client] ?? nil
        DecisionExplanation(
          decision: decision, settings: settings, asOf: asOf, allData: coversAll ? .period : .allData,
          firstDay: firstDay
        ).add(to: &explanation)
      }
      result[client] = explanation.pruned()
    }
    return (report, decisions, result)
  }
}

extension Explanation {
  /// Every name `explain CLIENT FIGURE` accepts: the report's figures as in its JSON, the
  /// decision's, the sensitivity's, and the recommendation itself.
  public static let askableNames = [
    "hours", "billableHours", "billableValue", "invoiced", "collected", "outstanding", "badDebt", "netRevenue",
    "unbilledValue", "earned", "effectiveRate", "collectedRate", "realization", "expenses", "cost", "carryingCost",
    "profit", "margin", "opportunityCost", "avgDaysLate", "avgDaysToPay", "lateShare", "maxDaysLate", "share", "aging",
    "monthlyProfit", "horizonMonths", "continueLoss", "exitCost", "walkAway", "refundOffer", "currentRate",
    "breakEvenRate", "proposedRate", "proposedRateInClientCurrency", "increaseNeeded", "tenureDays", "rateRise",
    "rateAfterRise", "billNonBillable", "hoursCap", "hoursNow", ExplainedVerdict.figureName,
  ]
}
