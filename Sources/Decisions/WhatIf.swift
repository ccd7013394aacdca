import Analysis
import Domain
import Localization

/// `whatif`: the report and the decisions on the facts as they are, and again on the facts a set
/// of changes makes (docs/spec.md "What if"): the real analysis run twice, not an estimate.
public enum WhatIf {
  /// Runs the analysis and the decisions before and after `changes`. `ledger` must be in
  /// `settings.currency`; `refill` works a dropped client's hours for a new client at the target rate.
  public static func compare(
    ledger: Ledger, settings: Settings, changes: [WhatIfChange], refill: Bool = true
  ) throws(WhatIfError) -> WhatIfReport {
    var settings = settings
    settings.asOf = DecisionMaker.asOf(ledger, settings)
    guard settings.hasCostRate(for: ledger) else { throw .costRateMissing }
    let before = try side(ledger: ledger, settings: settings)
    let scenario = try resolve(changes, refill: refill, ledger: ledger, settings: settings)
    let (changedLedger, changedSettings) = LedgerTransform.apply(scenario, to: ledger, settings: settings)
    let after = try side(ledger: changedLedger, settings: changedSettings)
    return WhatIfReport(
      before: before.report, beforeDecisions: before.decisions, after: after.report, afterDecisions: after.decisions,
      changes: changes, scenario: scenario, names: changedLedger.clients)
  }

  private static func side(
    ledger: Ledger, settings: Settings
  ) throws(WhatIfError) -> (report: ProfitabilityReport, decisions: DecisionReport) {
    let report = FigureCalculator.report(ledger: ledger, settings: settings)
    do {
      return (report, try DecisionMaker.decide(ledger: ledger, settings: settings, report: report))
    } catch {
      throw error == .costRateMissing ? .costRateMissing : .decision(error)
    }
  }

  /// The changes as exact factors; a rate set to an amount is a change by that amount ÷ the
  /// client's current rate (earned ÷ billable hours over the window, spec §5).
  static func resolve(
    _ changes: [WhatIfChange], refill: Bool, ledger: Ledger, settings: Settings
  ) throws(WhatIfError) -> Scenario {
    var scenario = Scenario()
    scenario.refill = refill
    let window = DecisionMaker.windowReport(ledger: ledger, settings: settings)
    for change in changes {
      switch change {
      case .rate(let client, .by(let change)): scenario.rateFactors[client] = .one + change
      case .rate(let client, .to(let rate)):
        let figures = window.clients.first { $0.client == client }?.figures
        guard let figures, !figures.billableHours.isZero, let earned = figures.earned, earned.minorUnits > 0 else {
          throw .noCurrentRate(ledger.clients.displayName(for: client))
        }
        scenario.rateFactors[client] = rate.exact / (earned.exact / figures.billableHours)
      case .billNonBillable(let client, let share): scenario.billNonBillable[client] = share
      case .terms(let client, let days): scenario.paymentTerms[client] = days
      case .deposit(let client, let share): scenario.deposits[client] = share
      case .drop(let client):
        if refill && settings.targetRate == nil { throw .noTargetRateToRefill }
        scenario.dropped.insert(client)
      case .costRate(let money): scenario.costRate = money
      }
    }
    return scenario
  }
}

/// One change `whatif` is asked for.
public enum WhatIfChange: Sendable, Equatable {
  case rate(ClientKey, RateChange)
  case billNonBillable(ClientKey, Fraction)
  case terms(ClientKey, days: Int)
  case deposit(ClientKey, Fraction)
  case drop(ClientKey)
  case costRate(Money)
}

/// A rate change: by a share (`+20%` is 0.2), or to an hourly rate in the report currency.
public enum RateChange: Sendable, Equatable {
  case by(Fraction)
  case to(Money)
}

/// Why `whatif` cannot run.
public enum WhatIfError: Error, Sendable, Equatable {
  /// The decisions need a cost rate, before as after.
  case costRateMissing
  /// `--rate CLIENT=AMOUNT` for a client with no current rate to compare the amount with.
  case noCurrentRate(String)
  /// `--drop` refills at the target rate, which is not set.
  case noTargetRateToRefill
  /// A side's decisions cannot be made for another reason (hours without a cost rate).
  case decision(DecisionError)

  /// What to tell the person.
  public var message: LocalizedText {
    switch self {
    case .costRateMissing:
      LocalizedText(
        en: "whatif compares decisions, which need your cost rate as it is: set \"costRate\" in clientworth.json "
          + "(--cost-rate here is the changed one)",
        ar: "يقارن \(code: "whatif") بين القرارات، والقرارات تحتاج إلى تكلفة الساعة كما هي الآن: اضبط "
          + "\(code: "\"costRate\"") في \(code: "clientworth.json") (فالخيار \(code: "--cost-rate") هنا هو التكلفة "
          + "بعد التغيير)")
    case .noCurrentRate(let client):
      LocalizedText(
        en: "\(name: client) has no current rate to set (no billable hours, or nothing earned, over the decision's "
          + "window); change it by a share instead, such as +20%",
        ar: "لا سعر حاليًا لـ\(name: client) يمكن تغييره (لا ساعات قابلة للفوترة أو لا إيراد مكتسب خلال الفترة التي "
          + "يُبنى عليها القرار)؛ فغيّره بنسبة بدلًا من ذلك، مثل \(code: "+20%")")
    case .decision(let error): error.message
    case .noTargetRateToRefill:
      LocalizedText(
        en: "--drop refills the client's hours at the target rate, which is not set: set \"targetRate\", or give "
          + "--no-refill to leave the hours idle",
        ar: "يملأ \(code: "--drop") ساعات العميل بالسعر المستهدف، وهو غير مضبوط: اضبط \(code: "\"targetRate\"")، أو "
          + "أعطِ \(code: "--no-refill") لترك الساعات بلا عمل")
    }
  }
}
