import Analysis
import Decisions
import Domain
import Localization

/// Hand-built decisions, one of every recommendation and each way a verdict can read.
enum DecisionSamples {
  static let windowStart = Samples.day("2026-08-03")
  static let eur = Currency(code: "EUR") ?? .unknown

  /// Dollars as an exact minor-unit fraction: `dollars("1820.40")` is 182,040 cents.
  static func dollars(_ text: String) -> Fraction { (Fraction(decimal: text) ?? .zero) * Fraction(100) }

  static func incident(_ day: String, _ client: String, _ kind: IncidentKind, _ note: String?) -> Incident {
    Incident(day: Samples.day(day), client: ClientKey(client), kind: kind, note: note)
  }

  /// A decision; figures not given are unknown. `exit` sets H = 6 months and the exit figures from
  /// the continue loss and exit cost given.
  static func decision(
    _ name: String, _ recommendation: Recommendation, monthlyProfit: Fraction? = nil, share: Fraction? = nil,
    tenureDays: Int? = 400, exit: (continueLoss: Fraction, exitCost: Fraction)? = nil,
    horizonMonths: Fraction = Fraction(6), rates: (current: Fraction, breakEven: Fraction?, proposed: Fraction)? = nil,
    deadline: String? = nil, windowSeconds: Int64 = 0, windowFlags: [Flag] = [], reasons: [String] = [],
    plan: [String] = [], incidents: [Incident] = [], settlement: Settlement? = nil, rule: Int = 0
  ) -> Decision {
    var window = Samples.client(name, seconds: windowSeconds, flags: windowFlags)
    window.incidents = incidents
    var decision = Decision(
      client: ClientKey(name), name: name, recommendation: recommendation, window: window, windowStart: windowStart,
      windowEnd: Samples.asOf,
      settlement: settlement
        ?? Settlement(
          unbilledValue: Samples.usd(0), openBalance: Samples.usd(0), pastDue: Samples.usd(0),
          clientCurrency: Samples.usd))
    decision.rule = rule
    decision.monthlyProfit = monthlyProfit
    decision.share = share
    decision.tenureDays = tenureDays
    decision.lastAttempt = incidents.last { $0.kind.isAttempt }
    if let exit {
      decision.horizonMonths = horizonMonths
      decision.continueLoss = exit.continueLoss
      decision.exitCost = exit.exitCost
      decision.walkAway = exit.continueLoss - exit.exitCost
    }
    if let rates {
      decision.currentRate = rates.current
      decision.breakEvenRate = rates.breakEven
      decision.proposedRate = rates.proposed
      decision.clientCurrency = Samples.usd
      decision.proposedRateInClientCurrency = rates.proposed
      decision.increaseNeeded = rates.breakEven.map { $0 / rates.current - .one }
    }
    decision.deadline = deadline.map(Samples.day)
    decision.reasons = reasons.map(LocalizedText.untranslated)
    decision.plan = plan.map(LocalizedText.untranslated)
    decision.incidents = incidents
    return decision
  }

  static let exitPlan = [
    "Check the contract's notice and termination terms.",
    "Finish or hand over the work in progress (10 hours).",
    "Document the incidents and the attempts to fix them.",
    "Tell them in writing: the contract is small.",
    "State the facts plainly and offer a transition plan.",
  ]

  /// Twelve clients: every recommendation, both exit causes, a refund offer and a refund weighed,
  /// a rate proposed in euros.
  static var report: DecisionReport {
    var kettle = decision(
      "Kettle & Crane Ltd", .exitNow, monthlyProfit: dollars("-1050"), share: Fraction(1, 8),
      exit: (dollars("6300"), dollars("1050")), reasons: ["It still loses money after the warning."],
      plan: exitPlan + ["Offer a refund of up to $3,000.00."],
      incidents: [
        incident("2026-08-20", "Kettle & Crane Ltd", .scopeChange, nil),
        incident("2026-09-01", "Kettle & Crane Ltd", .warning, "Extra requests billed from now on"),
      ],
      settlement: Settlement(
        unbilledValue: Samples.usd(45_000), openBalance: Samples.usd(120_000), pastDue: Samples.usd(0),
        contractEnd: Samples.day("2027-01-31"), wrapUpHours: Fraction(10), clientCurrency: Samples.usd,
        isLargeClient: true))
    kettle.exitCause = .failedFix
    kettle.refundOffer = dollars("3000")
    kettle.refundWeighed = RefundWeighed(
      amount: Samples.usd(300_000), gainOfLeaving: dollars("1950"), paidInWindow: Samples.usd(250_000),
      owedPastDue: Samples.usd(0))
    var vexley = decision(
      "Vexley Media", .exitNow, monthlyProfit: dollars("385.125"), share: Fraction(1, 20),
      exit: (.zero, dollars("490.35")), reasons: ["Severe incident: abuse on 2026-09-22."], plan: exitPlan,
      incidents: [
        incident("2026-08-14", "Vexley Media", .excessiveCriticism, "Public comments on our work"),
        incident("2026-09-22", "Vexley Media", .abuse, "Shouted at and insulted the designer on a call"),
      ],
      settlement: Settlement(
        unbilledValue: Samples.usd(12_000), openBalance: Samples.usd(80_000), pastDue: Samples.usd(80_000),
        clientCurrency: Samples.usd))
    vexley.exitCause = .severeIncident
    var meridian = decision(
      "Meridian Health", .phaseOut, monthlyProfit: dollars("-895.37"), share: Fraction(2567, 10_000),
      exit: (dollars("5372.22"), dollars("2030")), deadline: "2027-01-30",
      reasons: ["It brings 25.7% of your revenue."], plan: exitPlan,
      incidents: [incident("2026-07-15", "Meridian Health", .rateProposed, "Declined")],
      settlement: Settlement(
        unbilledValue: Samples.usd(0), openBalance: Samples.usd(500_000), pastDue: Samples.usd(0),
        wrapUpHours: Fraction(12), clientCurrency: Samples.usd, isLargeClient: true))
    meridian.monthlyRevenue = dollars("5104.25")
    var bluebird = decision(
      "Bluebird Bakery", .renegotiate, monthlyProfit: dollars("-217.42"), share: Fraction(4, 100),
      rates: (dollars("59.40"), dollars("73.69"), dollars("89.10")), deadline: "2026-11-30",
      reasons: ["A rate rise of 24.1% would break even."],
      plan: ["Propose €82.50 per billable hour ($89.10) from 2026-12-01."])
    bluebird.clientCurrency = eur
    bluebird.proposedRateInClientCurrency = dollars("82.50")
    bluebird.effectiveFrom = Samples.day("2026-12-01")
    bluebird.remedies = [.raiseRate]
    var orchard = decision(
      "Orchard Analytics", .fix, monthlyProfit: dollars("-1046.08"), share: Fraction(7, 100),
      exit: (dollars("6276.48"), dollars("974")), rates: (dollars("72"), dollars("118.34"), dollars("108")),
      deadline: "2026-11-30", reasons: ["Breaking even needs a rate rise of 64.4%."],
      plan: ["Rate: ask for $108.00 per billable hour from 2026-12-01.", "Unbilled work: bill extra requests."])
    orchard.effectiveFrom = Samples.day("2026-12-01")
    orchard.remedies = [
      .raiseRate, .billExtraWork(nonBillableShare: Fraction(45, 100), cost: Samples.usd(355_875)),
      .payOnTime(averageDaysLate: Fraction(21), carryingCost: Samples.usd(1283), stopAfterDays: 14),
      .billExpenses(Samples.usd(9500)), .setBoundaries(moderateIncidents: 3),
    ]
    let decisions = [
      kettle, vexley, meridian, bluebird, orchard,
      decision(
        "Pinecrest Legal LLP", .exitAtContractEnd, monthlyProfit: dollars("-212.5"), share: Fraction(3, 100),
        exit: (dollars("141.67"), dollars("390")), horizonMonths: Fraction(20, 30),
        reasons: ["The contract ends on 2026-11-20.", "3 moderate incidents in the window."], plan: exitPlan,
        settlement: Settlement(
          unbilledValue: Samples.usd(0), openBalance: Samples.usd(0), pastDue: Samples.usd(0),
          contractEnd: Samples.day("2026-11-20"), wrapUpHours: Fraction(6), clientCurrency: Samples.usd)),
      decision(
        "Driftwood Cafe", .fix, monthlyProfit: dollars("-357.49"), share: Fraction(3, 100),
        exit: (dollars("2144.95"), dollars("191.25")), rates: (dollars("68"), dollars("96"), dollars("96")),
        deadline: "2026-10-08", reasons: ["Waiting on the boundary set."], plan: ["Follow up."],
        incidents: [incident("2026-09-08", "Driftwood Cafe", .boundarySet, "Two rounds per item")],
        rule: 10),  // a fix waiting on the attempt on record
      decision(
        "Harbor Yoga", .watch, monthlyProfit: dollars("640.5"), share: Fraction(9, 100),
        rates: (dollars("92.45"), nil, dollars("100.59")), windowFlags: [.latePayer, .belowTarget],
        reasons: ["Pays 21.5 days late on average."], plan: ["Late payment: ask for a deposit."],
        incidents: [incident("2026-09-01", "Harbor Yoga", .latePayment, "Second reminder")]),
      decision(
        "Northwind Studio", .keep, monthlyProfit: dollars("2104.444"), share: Fraction(24, 100)),
      decision(
        "Acme Corp", .invoiceFirst, monthlyProfit: dollars("912.7"), share: Fraction(11, 100),
        windowSeconds: Samples.hours("14.5"), reasons: ["Billable work since 2026-08-03 is not invoiced."],
        plan: ["Invoice the billable work since 2026-08-03, then run the decision again."]),
      decision(
        "Saffron & Sage", .new, monthlyProfit: dollars("102.24"), share: Fraction(1, 100), tenureDays: 54,
        deadline: "2026-11-06", reasons: ["A client for 54 days."], plan: ["Look again on 2026-11-06."]),
      decision("Lumen Dental", .inactive, share: Fraction(4, 100)),
    ]
    var report = DecisionReport(
      asOf: Samples.asOf, currency: Samples.usd, decisions: decisions, costRate: Samples.usd(6500))
    report.diagnostics = [
      Diagnostic(file: "payments.csv", line: 7, column: 1, severity: .warning, message: "payment for no known invoice")
    ]
    return report
  }
}
