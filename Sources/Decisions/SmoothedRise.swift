import Analysis
import Domain

/// The rise needed over a run of windows a day apart, pooled, which decides between
/// renegotiating (spec §5 rule 11) and fixing every cause (rule 12) when W's own lies near
/// `maxRateIncrease`: a week's figures then do not flip the advice.
struct SmoothedRise: Sendable, Equatable {
  /// How close to `maxRateIncrease` W's rise needed is too close to choose by alone: ten points.
  ///
  /// A 90-day window's rise needed moves by up to a tenth from one week to the next on ordinary
  /// data (SampleData's Driftwood Cafe: 0.41 to 0.60 over eight weeks), so a bare threshold at the
  /// cap turned one week's "propose $101/h" into the next week's "fix these causes, else leave".
  static let band = Fraction(1, 10)

  /// The most windows before W a run reaches back to: half a year of days.
  ///
  /// A client may need a rise near the cap for months (SampleData's مكتبة الورّاق: 41–56 % from
  /// April to August); four windows pooled then still turned with the weeks.
  static let daysBack = 182

  /// The windows before W read at a time: most runs end within the first few, so the later ones
  /// are read only for the clients whose run goes on.
  static let batches = [1...7, 8...35, 36...91, 92...daysBack].map(Array.init)

  /// Σ (cost + carryingCost) ÷ Σ earned − 1 over the windows of the run.
  var increaseNeeded: Fraction
  /// The last days of the pooled windows, oldest first: as-of the last.
  var ends: [Day]

  /// Whether W's rise needed is too close to `cap` to choose by alone.
  static func isNear(_ increase: Fraction?, cap: Fraction) -> Bool {
    guard let increase else { return false }
    return increase > cap - band && increase < cap + band
  }

  /// The smoothed rise needed of each client of `windows` (its figures over W, whose rise needed
  /// is near `cap`): pooled over W and the windows [end − windowDays + 1, end] for end = asOf − 1,
  /// asOf − 2, … back to the first window whose rise needed is not near the cap, which joins the
  /// run (the side it lay on carries the advice into the band), or is null, which ends the run
  /// without joining it; at most `daysBack` windows, each judged as of `asOf` like W. Runs on two
  /// days then share every window of the older run, so the advice turns only when the rise
  /// moves clear of the band or the run's pooled rise crosses the cap. A client whose run is W
  /// alone has none: W decides.
  static func of(
    _ windows: [ClientKey: Figures], ledger: Ledger, settings: Settings, asOf: Day, book: InvoiceBook
  ) -> [ClientKey: SmoothedRise] {
    let cap = settings.maxRateIncrease
    var runs = windows.compactMapValues { figures in
      RateProposal.terms(of: figures).map { Run(terms: $0, end: asOf) }
    }
    TrailingWindow.walkBack(
      Set(runs.keys), batches: batches, ledger: ledger, settings: settings, asOf: asOf, book: book
    ) { client, end, figures in
      guard let terms = figures.flatMap(RateProposal.terms(of:)) else { return false }
      runs[client]?.add(terms, end: end)
      return isNear(runs[client]?.lastRise, cap: cap) && asOf - end < daysBack
    }
    return runs.compactMapValues { run in
      run.ends.count > 1 ? SmoothedRise(increaseNeeded: run.increaseNeeded, ends: run.ends) : nil
    }
  }

  /// The windows of one client's run so far, summed.
  private struct Run {
    var breakEvenCost: Fraction
    var earned: Fraction
    var ends: [Day]
    /// The rise needed of the window last added.
    var lastRise: Fraction?

    init(terms: (breakEvenCost: Money, earned: Money), end: Day) {
      (breakEvenCost, earned, ends) = (terms.breakEvenCost.exact, terms.earned.exact, [end])
    }

    mutating func add(_ terms: (breakEvenCost: Money, earned: Money), end: Day) {
      breakEvenCost += terms.breakEvenCost.exact
      earned += terms.earned.exact
      ends.insert(end, at: 0)
      lastRise = terms.breakEvenCost.exact / terms.earned.exact - .one
    }

    var increaseNeeded: Fraction { breakEvenCost / earned - .one }
  }
}
