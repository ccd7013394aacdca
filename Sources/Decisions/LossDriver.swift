import Analysis
import Domain

/// One project or one person behind most of a losing client's loss over W: the part with the
/// largest loss, when the client's time there has at least two parts and that part lost at least
/// half of what the client lost (its revenue attributed by billable value, spec §4b: an estimate).
struct LossDriver: Sendable, Equatable {
  var dimension: Breakdown.Dimension
  var name: String
  /// What the part lost over W (positive).
  var loss: Money
  /// What the client lost over W (positive).
  var clientLoss: Money

  /// The drivers among `parts` (one client's, of one dimension), at most one.
  static func find(_ parts: [Breakdown.Part], dimension: Breakdown.Dimension, clientProfit: Money) -> LossDriver? {
    guard clientProfit.isNegative, parts.count >= 2 else { return nil }
    let worst = parts.filter { $0.name != nil && ($0.profit?.isNegative ?? false) }
      .min { ($0.profit?.minorUnits ?? 0) < ($1.profit?.minorUnits ?? 0) }
    guard let worst, let name = worst.name, let profit = worst.profit,
      -2 * profit.minorUnits >= -clientProfit.minorUnits
    else { return nil }
    return LossDriver(dimension: dimension, name: name, loss: -profit, clientLoss: -clientProfit)
  }

  /// The drivers of every losing client of `window` (the report over W), by client.
  static func of(window: ProfitabilityReport, ledger: Ledger, settings: Settings) -> [ClientKey: [LossDriver]] {
    let losing = window.clients.filter { $0.figures.profit?.isNegative ?? false }
    guard !losing.isEmpty else { return [:] }
    var losingReport = window
    losingReport.clients = losing
    var drivers: [ClientKey: [LossDriver]] = [:]
    for dimension in Breakdown.Dimension.allCases {
      let parts = FigureCalculator.breakdown(
        of: losingReport, ledger: ledger, settings: settings, by: dimension, perClient: true
      ).parts
      for client in losing {
        guard let profit = client.figures.profit else { continue }
        let own = parts.filter { $0.client == client.client }
        if let driver = find(own, dimension: dimension, clientProfit: profit) {
          drivers[client.client, default: []].append(driver)
        }
      }
    }
    return drivers
  }
}
