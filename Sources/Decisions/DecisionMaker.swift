import Analysis
import Domain

/// Decides, for every client, whether to keep, fix, renegotiate or leave (spec §5).
public enum DecisionMaker {
  /// Every client's decision, sorted by name; `refund` weighs one offer (`--refund AMOUNT`).
  ///
  /// `ledger` must already be in `settings.currency`. The decision ignores `settings.from` and
  /// `settings.to`: it reads the trailing window W = [asOf − windowDays + 1, asOf] and, for what an
  /// exit leaves open, all the data. A client with no facts in W gets zero figures over W. Without
  /// a cost rate there is no profit to decide on: `DecisionError.costRateMissing`.
  ///
  /// `report`, when given, is `FigureCalculator.report` of the same ledger and settings; if it
  /// covers all the data (no `from` or `to`), it is the all-data report and is not computed again.
  ///
  /// `window`, when given, is `windowReport(ledger:settings:)` of the same ledger and settings
  /// (computed beside the all-data report, on another core). `book`, when given, is
  /// `FigureCalculator.invoiceBook` of the same ledger, read again only if its as-of or terms
  /// differ.
  public static func decide(
    ledger: Ledger, settings: Settings, refund: Money? = nil, report: ProfitabilityReport? = nil,
    window: ProfitabilityReport? = nil, book given: InvoiceBook? = nil
  ) throws(DecisionError) -> DecisionReport {
    guard settings.hasCostRate(for: ledger) else { throw .costRateMissing }
    let asOf = self.asOf(ledger, settings)
    var allSettings = settings
    allSettings.from = nil
    allSettings.to = nil
    allSettings.asOf = asOf
    // The invoices as of as-of, for the reports not given and the earlier windows some clients
    // need, read once if at all.
    var invoices = given.flatMap { $0.serves(settings, asOf: asOf) ? $0 : nil }
    func book() -> InvoiceBook {
      if let invoices { return invoices }
      let book = FigureCalculator.invoiceBook(ledger: ledger, settings: allSettings)
      invoices = book
      return book
    }
    let givenAllData = report.flatMap { $0.from == nil && $0.to == nil && $0.asOf == asOf ? $0 : nil }
    // The reports not given, in one pass over the time.
    let missing: [(settings: Settings, filter: ClientFilter?)] =
      (givenAllData == nil ? [(allSettings, nil)] : [])
      + (window == nil ? [(windowSettings(settings, asOf: asOf), nil)] : [])
    var computed = missing.isEmpty ? [] : FigureCalculator.reports(ledger: ledger, missing, book: book())
    let allData = givenAllData ?? computed.removeFirst()
    let window = window ?? computed.removeFirst()
    let uncosted = window.clients.filter { $0.figures.cost == nil && $0.figures.seconds > 0 }.map(\.name)
    guard uncosted.isEmpty else { throw .hoursWithoutCostRate(clients: uncosted) }
    let start = TrailingWindow.start(asOf: asOf, windowDays: settings.windowDays)
    let windowByClient = Dictionary(window.clients.map { ($0.client, $0) }, uniquingKeysWith: { first, _ in first })

    let sizes = ClientSize.sizes(of: allData.clients)
    let drivers = LossDriver.of(window: window, ledger: ledger, settings: settings)
    var inputs = allData.clients.map { client in
      var input = DecisionInput(
        window: windowByClient[client.client] ?? idle(client, from: start, to: asOf, settings.currency),
        allData: client, settings: settings, asOf: asOf, refund: refund, size: sizes[client.client] ?? .small)
      input.lossDrivers = drivers[client.client] ?? []
      return input
    }
    let nearCap = Dictionary(
      inputs.filter(choosesByNearCapRise).map { ($0.allData.client, $0.window.figures) },
      uniquingKeysWith: { first, _ in first })
    if !nearCap.isEmpty {
      let smoothed = SmoothedRise.of(nearCap, ledger: ledger, settings: settings, asOf: asOf, book: book())
      for index in inputs.indices { inputs[index].smoothedRise = smoothed[inputs[index].allData.client] }
    }
    let inBand = Dictionary(
      inputs.compactMap { input -> (ClientKey, [Flag])? in
        let flags = flagsInBand(input)
        return flags.isEmpty ? nil : (input.allData.client, flags)
      }, uniquingKeysWith: { first, _ in first })
    if !inBand.isEmpty {
      let banded = BandedFlag.of(inBand, ledger: ledger, settings: settings, asOf: asOf, book: book())
      for index in inputs.indices { inputs[index].bandedFlags = banded[inputs[index].allData.client] ?? [] }
    }
    // An exit for a failed attempt stands only if the client never stopped losing after it.
    let deadlines = Dictionary(
      inputs.compactMap { input -> (ClientKey, Day)? in
        guard let attempt = input.lastAttempt,
          DecisionRules.leavesForAFailedAttempt(DecisionRules.firstRule(input, DecisionFigures(input)))
        else { return nil }
        // Windows wholly after the attempt, and ending no sooner than its deadline.
        return (input.allData.client, max(attempt.day + settings.fixDays, attempt.day + settings.windowDays - 1))
      }, uniquingKeysWith: { first, _ in first })
    if !deadlines.isEmpty {
      let recovered = AttemptOutcome.recoveries(
        after: deadlines, ledger: ledger, settings: settings, asOf: asOf, book: book())
      for index in inputs.indices { inputs[index].recoveredAfterAttempt = recovered[inputs[index].allData.client] }
    }
    var decisions = inputs.map(DecisionRules.decide)
    decisions.sort { $0.name != $1.name ? $0.name < $1.name : $0.client < $1.client }

    var report = DecisionReport(
      asOf: asOf, currency: settings.currency, decisions: decisions,
      costRate: settings.costRates.uniform(in: ledger.timeEntries))
    report.diagnostics = allData.diagnostics
    return report
  }

  /// The report over the trailing window W = [asOf − windowDays + 1, asOf] that the decisions
  /// read, whatever `settings.from` and `settings.to` say; `book` as `FigureCalculator.report`
  /// takes it.
  public static func windowReport(ledger: Ledger, settings: Settings, book: InvoiceBook? = nil) -> ProfitabilityReport {
    FigureCalculator.report(ledger: ledger, settings: windowSettings(ledger: ledger, settings: settings), book: book)
  }

  /// `settings` narrowed to the trailing window W that the decisions read (`windowReport`).
  public static func windowSettings(ledger: Ledger, settings: Settings) -> Settings {
    windowSettings(settings, asOf: asOf(ledger, settings))
  }

  private static func windowSettings(_ settings: Settings, asOf: Day) -> Settings {
    var windowSettings = settings
    windowSettings.asOf = asOf
    windowSettings.from = TrailingWindow.start(asOf: asOf, windowDays: settings.windowDays)
    windowSettings.to = asOf
    return windowSettings
  }

  static func asOf(_ ledger: Ledger, _ settings: Settings) -> Day {
    settings.asOf ?? FigureCalculator.defaultAsOf(ledger) ?? Day(daysSinceEpoch: 0)
  }

  /// Whether the client's choice between rules 11 and 12 turns on a rise needed near the cap.
  private static func choosesByNearCapRise(_ input: DecisionInput) -> Bool {
    let figures = DecisionFigures(input)
    let rule = DecisionRules.firstRule(input, figures)
    return (rule == .renegotiate || rule == .fix)
      && input.moderateIncidentsInWindow < DecisionRules.moderateIncidentLimit
      && SmoothedRise.isNear(figures.rate.increaseNeeded, cap: input.settings.maxRateIncrease)
  }

  /// The flags whose figure over W lies in its band, for a client the money decides (rules 5–12):
  /// the watch flags of a profitable client, and of a losing one whose loss lies in its band too
  /// (it may be judged as profitable).
  private static func flagsInBand(_ input: DecisionInput) -> [Flag] {
    let rule = DecisionRules.firstRule(input, DecisionFigures(input))
    let window = input.window.figures
    if rule == .keep || rule == .watch {
      return BandedFlag.inBand(window, among: BandedFlag.watchFlagsWithBand, settings: input.settings)
    }
    guard rule.rawValue > DecisionRule.watch.rawValue,
      BandedFlag.standing(.losing, of: window, settings: input.settings) == .inBand
    else { return [] }
    return BandedFlag.inBand(window, among: [.losing] + BandedFlag.watchFlagsWithBand, settings: input.settings)
  }

  /// Zero figures over W for a client the window report does not list, keeping any incidents
  /// that fall in W so rule 1 still sees them.
  static func idle(_ client: ClientFigures, from start: Day, to end: Day, _ currency: Currency) -> ClientFigures {
    ClientFigures(
      client: client.client, name: client.name, figures: Figures(currency: currency), aging: Aging(currency: currency),
      flags: [], incidents: client.incidents.filter { $0.day >= start && $0.day <= end },
      firstDay: client.firstDay)
  }
}
