import Analysis
import Domain

/// The rise needed over four windows a week apart together, which decides between
/// renegotiating (spec §5 rule 11) and fixing every cause (rule 12) when W's own lies near
/// `maxRateIncrease`: a week's figures then do not flip the advice.
struct SmoothedRise: Sendable, Equatable {
  /// How close to `maxRateIncrease` W's rise needed is too close to choose by alone: ten points.
  ///
  /// A 90-day window's rise needed moves by up to a tenth from one week to the next on ordinary
  /// data (SampleData's Driftwood Cafe: 0.41 to 0.60 over eight weeks), so a bare threshold at the
  /// cap turned one week's "propose $101/h" into the next week's "fix these causes, else leave".
  static let band = Fraction(1, 10)

  /// How many windows are pooled: W and the windows ending on the same weekday of the three weeks
  /// before. A week apart, so that runs a week apart share three of their four; 28 windows, one
  /// a day, left as many turns on SampleData's weekly runs and cost seven times as much.
  static let weeks = 4

  /// Σ (cost + carryingCost) ÷ Σ earned − 1 over the pooled windows that have a rise needed.
  var increaseNeeded: Fraction
  /// The last days of the pooled windows, oldest first: as-of the last.
  var ends: [Day]

  /// Whether W's rise needed is too close to `cap` to choose by alone.
  static func isNear(_ increase: Fraction?, cap: Fraction) -> Bool {
    guard let increase else { return false }
    return increase > cap - band && increase < cap + band
  }

  /// The smoothed rise needed of each client of `windows` (its figures over W), from W and the
  /// windows [end − windowDays + 1, end] for end = asOf − 21, − 14 and − 7, each as of `asOf` like
  /// W. A window without a rise needed (no billable hours, nothing earned) is left out; W has one,
  /// or its client would not be asked about.
  static func of(
    _ windows: [ClientKey: Figures], ledger: Ledger, settings: Settings, asOf: Day, book: InvoiceBook
  ) -> [ClientKey: SmoothedRise] {
    let filter = ClientFilter(only: Set(windows.keys))
    let ends = (0..<weeks).reversed().map { asOf - 7 * $0 }
    let earlier = ends.dropLast().map { end in
      (settings: window(settings, asOf: asOf, end: end), filter: Optional(filter))
    }
    let earlierFigures = FigureCalculator.reports(ledger: ledger, earlier, book: book).flatMap { report in
      report.clients.compactMap { windows[$0.client] == nil ? nil : ($0.client, $0.figures) }
    }
    var pooled: [ClientKey: (breakEvenCost: Fraction, earned: Fraction)] = [:]
    for (client, figures) in earlierFigures + windows.map({ ($0.key, $0.value) }) {
      guard let terms = RateProposal.terms(of: figures) else { continue }
      pooled[client, default: (.zero, .zero)].breakEvenCost += terms.breakEvenCost.exact
      pooled[client, default: (.zero, .zero)].earned += terms.earned.exact
    }
    return pooled.mapValues { SmoothedRise(increaseNeeded: $0.breakEvenCost / $0.earned - .one, ends: ends) }
  }

  /// The settings of the window that ends on `end`, still judged as of `asOf`.
  private static func window(_ settings: Settings, asOf: Day, end: Day) -> Settings {
    var window = settings
    window.asOf = asOf
    window.to = end
    window.from = TrailingWindow.start(asOf: end, windowDays: settings.windowDays)
    return window
  }
}
