import Analysis
import Domain

/// Everything one client's decision depends on, already computed: the pure rules of spec §5 read
/// only this, so they can be tested from hand-built figures without a ledger.
struct DecisionInput: Sendable {
  /// The client's figures over the trailing window W (zero figures when W holds nothing of it).
  var window: ClientFigures
  /// The client's figures over all the data: the open balance, the unbilled work, the client's
  /// first day, its share and every incident up to as-of.
  var allData: ClientFigures
  var settings: Settings
  var asOf: Day
  /// `--refund AMOUNT`, in the report currency.
  var refund: Money?
  /// Whether the client is told in a call or meeting or in writing (see `ClientSize`).
  var size: ClientSize
  /// The project or person behind most of W's loss, when there is one (`LossDriver`).
  var lossDrivers: [LossDriver] = []
  /// When W's rise needed lies near the cap: the rise needed of the run of windows before W,
  /// pooled (`SmoothedRise`), which rules 11 and 12 choose by.
  var smoothedRise: SmoothedRise?
  /// The flags whose figure over W lies in its band, as the month-end windows before W judged
  /// them (`BandedFlag`).
  var bandedFlags: [BandedFlag] = []

  init(
    window: ClientFigures, allData: ClientFigures, settings: Settings, asOf: Day, refund: Money? = nil,
    size: ClientSize = .small
  ) {
    self.window = window
    self.allData = allData
    self.settings = settings
    self.asOf = asOf
    self.refund = refund
    self.size = size
  }

  var currency: Currency { settings.currency }

  /// W's first day: asOf − windowDays + 1.
  var windowStart: Day { TrailingWindow.start(asOf: asOf, windowDays: settings.windowDays) }

  /// The client's contract terms from the settings, if any.
  var terms: ClientTerms? { settings.clients[allData.client] }

  /// Every incident with the client up to as-of, oldest first: the record an exit plan documents.
  var incidents: [Incident] { allData.incidents }

  /// The incidents inside W, oldest first.
  var windowIncidents: [Incident] { window.incidents }

  /// The severe incidents inside W (abuse, threat, harassment, illegal).
  var severeIncidentsInWindow: [Incident] { windowIncidents.filter { $0.kind.isSevere } }

  /// How many moderate incidents W holds.
  var moderateIncidentsInWindow: Int { window.moderateIncidentCount }

  /// The latest attempt to fix things (warning, fix-attempt, rate-proposed, boundary-set) by as-of.
  var lastAttempt: Incident? { incidents.last { $0.kind.isAttempt && $0.day <= asOf } }

  /// The end of a window after the last attempt's deadline over which the client did not lose
  /// money (`AttemptOutcome`): the attempt worked, and the loss since is a new one.
  var recoveredAfterAttempt: Day?

  /// True when the last attempt has had `fixDays` and the client is still judged (spec §5: failed);
  /// false when it is younger (pending); nil when nothing was attempted, or when the attempt worked
  /// for a while (`recoveredAfterAttempt`): a new loss is fixed before anyone leaves.
  var attemptFailed: Bool? {
    guard recoveredAfterAttempt == nil else { return nil }
    return lastAttempt.map { asOf - $0.day >= settings.fixDays }
  }

  /// asOf − the client's first time entry, invoice or expense + 1; nil for a client without any.
  var tenureDays: Int? { allData.firstDay.map { asOf - $0 + 1 } }

  /// The currency the client is billed in (the report currency when not known otherwise).
  var clientCurrency: Currency { settings.clientCurrencies[allData.client] ?? settings.currency }

  /// W's loss, when it lies in its band after a window that made money: the client is judged by
  /// rules 5 and 6, as a profitable one.
  var lossInBand: BandedFlag? { bandedFlags.first { $0.flag == .losing && !$0.raised } }

  /// The watch flags W lies near without raising them, held because the window that decided
  /// raised them; only for a client judged by rules 5 and 6.
  var heldFlags: [BandedFlag] {
    let losing = window.figures.profit?.isNegative ?? true
    guard !losing || lossInBand != nil else { return [] }
    return bandedFlags.filter { $0.flag != .losing && $0.raised }
  }

  /// The flags that keep a profitable client from `keep` (rule 5): W's, and those held.
  var watchFlags: [Flag] {
    (window.flags.filter(DecisionRules.watchFlags.contains) + heldFlags.map(\.flag)).sorted()
  }

  /// The rise needed that rules 11 and 12 choose by: the smoothed one when W's is near the cap.
  func increaseToChooseBy(_ rate: RateProposal) -> Fraction? {
    smoothedRise?.increaseNeeded ?? rate.increaseNeeded
  }

  /// The client's share of the revenue over the year to as-of.
  var share: Fraction? { allData.figures.share }
}
