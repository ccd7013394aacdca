import Analysis
import Domain

/// A flag whose figure over W lies in the band beside its threshold, judged instead by the latest
/// month-end window before W whose figure lay outside the band (docs/spec.md, "A figure near its
/// threshold"). A late payer two days under the threshold stays on watch; a client that made money
/// is not judged as losing for a loss of a few percent. Advice on a figure that swings around a
/// threshold then does not turn with the weeks.
struct BandedFlag: Sendable, Equatable {
  var flag: Flag
  /// Whether the window that decided raised the flag.
  var raised: Bool
  /// That window's last day.
  var windowEnd: Day
  /// The flag's figure over that window (`FlagRules.figure`).
  var figure: Fraction

  /// The watch flags of rule 6 set by a figure against a threshold, which a window's noise can
  /// carry across it (conduct counts incidents); the loss, which parts rules 5–6 from 7–12, has a
  /// band too.
  static let watchFlagsWithBand: [Flag] = [.belowTarget, .latePayer, .scopeCreep]

  /// The windows before W the walk reads end on the last days of the months before as-of's, at
  /// most half a year back: runs on any two days of a month read the same ones, and a figure's
  /// swings within a month need not be read day by day.
  static let monthsBack = 6

  /// How many days before `asOf` each of those windows ends, newest first.
  static func monthEnds(before asOf: Day) -> [Int] {
    var (year, month, _) = asOf.components
    return (0..<monthsBack).compactMap { _ in
      defer { (year, month) = month == 1 ? (year - 1, 12) : (year, month - 1) }
      return Day(year: year, month: month, day: 1).map { asOf - ($0 - 1) }
    }
  }

  /// How many days before as-of the windows that may decide `flag` end, at most: any of the six
  /// for a watch flag; for the loss, those ending within one window's length, so a small loss
  /// that lasts as long as W is judged as a loss, not held off for half a year.
  static func reach(_ flag: Flag, settings: Settings) -> Int {
    flag == .losing ? settings.windowDays : .max
  }

  /// Where a figure stands against its flag's threshold and band.
  enum Standing: Equatable {
    /// The figure raises the flag, outside the band.
    case raised
    /// The figure lies in the band: the windows before W decide.
    case inBand
    /// The figure does not raise the flag, outside the band.
    case clear
  }

  /// The far edge of each flag's band. A watch flag's band lies on its clear side, where calling
  /// a flagged client clean would drop a fix too soon: an effective rate up to 5 % over the target
  /// (a 90-day window's rate moves by a few percent week to week), an average lateness down to two
  /// thirds of the threshold (SampleData's Vexley Media, invoiced monthly and paid 5 to 20 days
  /// late, averages 11 to 20 days over 90 against 14), a non-billable share down to 5 points under
  /// the threshold. The loss's band lies on its raised side, where calling a profitable client
  /// losing would start a fix, and then an exit, on noise: a margin down to −5 %. Nil: the flag has
  /// no threshold (no target).
  static func edge(_ flag: Flag, settings: Settings) -> Fraction? {
    switch flag {
    case .losing: Fraction(-1, 20)
    case .belowTarget: settings.targetRate.map { $0.exact * Fraction(21, 20) }
    case .latePayer: settings.lateDaysThreshold * Fraction(2, 3)
    case .scopeCreep: settings.nonBillableThreshold - Fraction(1, 20)
    case .unbilled, .conduct, .concentration: nil
    }
  }

  /// Where `figures` stand against `flag`; nil when the figure is unknown or has no threshold.
  static func standing(_ flag: Flag, of figures: Figures?, settings: Settings) -> Standing? {
    guard let figures, let figure = FlagRules.figure(flag, of: figures), let edge = edge(flag, settings: settings)
    else { return nil }
    let raised = FlagRules.raises(flag, figure, settings: settings)
    switch flag {
    case .losing: return !raised ? .clear : figure >= edge ? .inBand : .raised
    case .belowTarget: return raised ? .raised : figure < edge ? .inBand : .clear
    case .latePayer, .scopeCreep: return raised ? .raised : figure > edge ? .inBand : .clear
    case .unbilled, .conduct, .concentration: return nil
    }
  }

  /// The flags of `flags` whose figure over W (`window`) lies in its band.
  static func inBand(_ window: Figures, among flags: [Flag], settings: Settings) -> [Flag] {
    flags.filter { standing($0, of: window, settings: settings) == .inBand }
  }

  /// For each client of `inBand` (the flags whose figure over W lies in the band), how each is
  /// judged: walking back over the windows [end − windowDays + 1, end] for the last day `end` of
  /// each month before as-of's, newest first (each judged as of `asOf`, at most `monthsBack` of
  /// them, and for the loss only those within `reach`), by the first window whose figure lies
  /// outside the band. A flag none of them decides (all in the band, or one with no figure first:
  /// no work, no lateness item) is absent, and W decides it. Runs on two days of a month then
  /// agree while W's figure stays in the band.
  static func of(
    _ inBand: [ClientKey: [Flag]], ledger: Ledger, settings: Settings, asOf: Day, book: InvoiceBook
  ) -> [ClientKey: [BandedFlag]] {
    var walking = inBand
    var decided: [ClientKey: [BandedFlag]] = [:]
    TrailingWindow.walkBack(
      Set(inBand.keys), batches: [monthEnds(before: asOf)], ledger: ledger, settings: settings, asOf: asOf,
      book: book
    ) { client, end, figures in
      walking[client] = walking[client]?.filter { flag in
        guard asOf - end <= reach(flag, settings: settings) else { return false }
        let standing = standing(flag, of: figures, settings: settings)
        if standing == .raised || standing == .clear, let figures, let figure = FlagRules.figure(flag, of: figures) {
          decided[client, default: []].append(
            BandedFlag(flag: flag, raised: standing == .raised, windowEnd: end, figure: figure))
        }
        return standing == .inBand
      }
      return walking[client]?.isEmpty == false
    }
    return decided
  }
}
