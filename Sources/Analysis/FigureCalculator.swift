import Domain

/// Computes the profitability report of spec §3–4 from a ledger.
public enum FigureCalculator {
  /// The report over `settings.from`…`settings.to` at `settings.asOf` (or the default as-of).
  ///
  /// `ledger` must already be in `settings.currency` (see `CurrencyConverter`).
  public static func report(ledger: Ledger, settings: Settings) -> ProfitabilityReport {
    // Placeholder until the calculator lands.
    ProfitabilityReport(
      asOf: settings.asOf ?? Day(daysSinceEpoch: 0), from: settings.from, to: settings.to,
      currency: settings.currency, clients: [], totals: Figures(currency: settings.currency),
      costRateMissing: settings.costRate == nil)
  }
}
