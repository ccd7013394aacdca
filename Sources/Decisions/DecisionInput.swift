import Analysis
import Domain

/// Everything one client's decision depends on, already computed: the pure rules of spec §5 read
/// only this, so they can be tested from hand-built figures without a ledger.
struct DecisionInput: Sendable {
  /// The client's figures over the trailing window W (zero figures when W holds nothing of it).
  var window: ClientFigures
  /// The client's figures over all the data: the open balance an exit may never collect, and the
  /// incidents an exit plan documents.
  var allData: ClientFigures
  var settings: Settings
  var asOf: Day
  /// `--refund AMOUNT`, in the report currency.
  var refund: Money?
  /// Whether an exit is told in a call or meeting or in writing (see `ClientSize`).
  var size: ClientSize

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

  /// W's first day: asOf − windowDays + 1.
  var windowStart: Day { TrailingWindow.start(asOf: asOf, windowDays: settings.windowDays) }

  /// The client's contract terms from the settings, if any.
  var terms: ClientTerms? { settings.clients[allData.client] }

  /// Every incident with the client, oldest first: the record an exit plan documents.
  var incidents: [Incident] { allData.incidents.sorted { $0.day < $1.day } }

  /// The incidents inside W, oldest first.
  var windowIncidents: [Incident] { window.incidents.sorted { $0.day < $1.day } }

  /// The severe incidents inside W (abuse, threat, harassment, illegal).
  var severeIncidentsInWindow: [Incident] { windowIncidents.filter { $0.kind.isSevere } }

  /// How many moderate incidents W holds.
  var moderateIncidentsInWindow: Int { window.moderateIncidentCount }
}
