import Analysis
import Domain

/// The figures of one decision (spec §5) added to its client's explanation, each with the formula
/// that makes it from the window's figures, the settings and all the data's open balance.
struct DecisionExplanation {
  let decision: Decision
  let settings: Settings
  let asOf: Day
  /// Where the all-data figures are: the period's when the report covers all the data.
  let allData: Scope
  /// The client's first time entry, counted invoice or expense, whatever the period.
  let firstDay: Day?

  /// Every figure of §6 `decide` that a number explains, in the spec's order; those the decision
  /// does not carry are null with a note.
  func add(to explanation: inout Explanation) {
    func window(_ name: String) -> Formula { .figure(FigureKey(name, .window)) }
    func mine(_ name: String) -> Formula { .figure(FigureKey(name, .decision)) }
    func add(_ name: String, _ value: Quantity?, _ formula: Formula?, isTerm: Bool = false) {
      let note: FigureNote? =
        value == nil
        ? (settings.costRates.isEmpty && decision.window.figures.timeCost == nil ? .noCostRate : .notCarried) : nil
      explanation.figures.append(
        ExplainedFigure(FigureKey(name, .decision), value: value, formula: formula, note: note, isTerm: isTerm))
    }
    let one = Formula.constant("one", .ratio(.one))
    let zero = Formula.constant("zero", .money(exact: .zero))
    add(
      "monthlyProfit", decision.monthlyProfit.map(Quantity.money(exact:)),
      .product([
        window("profit"), .constant("monthlyFactor", .ratio(RunRate.monthlyFactor(windowDays: settings.windowDays))),
      ]))
    add("horizonMonths", decision.horizonMonths.map { Quantity($0, .months) }, horizon())
    add(
      "continueLoss", decision.continueLoss.map(Quantity.money(exact:)),
      .larger(zero, .product([.negated(mine("monthlyProfit")), mine("horizonMonths")])))
    add("exitCost", decision.exitCost.map(Quantity.money(exact:)), exitCost())
    add("walkAway", decision.walkAway.map(Quantity.money(exact:)), .difference(mine("continueLoss"), mine("exitCost")))
    let received =
      explanation.table(RowTable.id(.received, .window)) == nil
      ? Formula.constant("paidInWindow", .money(exact: .zero))
      : .total(ColumnRef(RowTable.id(.received, .window), "amount"))
    add("refundOffer", decision.refundOffer.map(Quantity.money(exact:)), .smaller(mine("walkAway"), received))
    add("currentRate", decision.currentRate.map(Quantity.rate), .quotient(window("earned"), window("billableHours")))
    add(
      "breakEvenRate", decision.breakEvenRate.map(Quantity.rate),
      .quotient(.sum([window("cost"), window("carryingCost")]), window("billableHours")))
    add("proposedRate", decision.proposedRate.map(Quantity.rate), proposedRate(one))
    add(
      "proposedRateInClientCurrency", decision.proposedRateInClientCurrency.map(Quantity.rate), inClientCurrency())
    add(
      "increaseNeeded", decision.increaseNeeded.map(Quantity.ratio),
      .difference(.quotient(mine("breakEvenRate"), mine("currentRate")), one))
    add("tenureDays", decision.tenureDays.map(Quantity.days), tenure())
    addSensitivity(to: &explanation)
    explanation.verdict = ExplainedVerdict(
      recommendation: decision.recommendation.rawValue, rule: decision.rule, reasons: decision.reasons)
  }

  /// (contractEnd − asOf) ÷ 30.4375, at least 0; else the setting.
  private func horizon() -> Formula {
    guard let end = settings.clients[decision.client]?.contractEnd else {
      return .constant("horizonMonthsSetting", Quantity(settings.horizonMonths, .months))
    }
    return .larger(
      .constant("zero", Quantity(.zero, .months)),
      .quotient(
        .difference(.constant("contractEnd", .date(end)), .constant("asOf", .date(asOf))),
        .constant("daysPerMonth", Quantity(RunRate.daysPerMonth, .days))))
  }

  /// wrapUpHours × costRate + exitCollectionRisk × max(0, outstanding − badDebt), over all the data.
  private func exitCost() -> Formula {
    var parts: [Formula] = []
    if let hours = settings.clients[decision.client]?.wrapUpHours,
      let costRate = ClientCostRate.of(window: decision.window.figures, settings: settings)
    {
      parts.append(
        .product([.constant("wrapUpHours", Quantity(hours, .hours)), .constant("costRate", .rate(costRate))]))
    }
    let open = Formula.difference(.figure(FigureKey("outstanding", allData)), .figure(FigureKey("badDebt", allData)))
    parts.append(
      .product([
        .constant("exitCollectionRisk", .ratio(settings.exitCollectionRisk)),
        .larger(.constant("zero", .money(exact: .zero)), open),
      ]))
    return .sum(parts)
  }

  /// min(max(breakEvenRate, targetRate × hours ÷ billableHours), currentRate × (1 + maxRateIncrease)).
  private func proposedRate(_ one: Formula) -> Formula {
    func window(_ name: String) -> Formula { .figure(FigureKey(name, .window)) }
    // A watch decision carries the proposed rate without the rates it reads: those are written out.
    let breakEven =
      decision.breakEvenRate == nil
      ? .quotient(.sum([window("cost"), window("carryingCost")]), window("billableHours"))
      : Formula.figure(FigureKey("breakEvenRate", .decision))
    let current =
      decision.currentRate == nil
      ? .quotient(window("earned"), window("billableHours")) : Formula.figure(FigureKey("currentRate", .decision))
    var floor = breakEven
    if let target = settings.targetRate {
      let level = Formula.quotient(
        .product([.constant("targetRate", .rate(target.exact)), .figure(FigureKey("hours", .window))]),
        .figure(FigureKey("billableHours", .window)))
      floor = .larger(breakEven, level)
    }
    let cap = Formula.product([
      current,
      .sum([one, .constant("maxRateIncrease", .ratio(settings.maxRateIncrease))]),
    ])
    return .smaller(floor, cap)
  }

  /// proposedRate ÷ the rate of the client's currency, in its minor units.
  private func inClientCurrency() -> Formula {
    let proposed = Formula.figure(FigureKey("proposedRate", .decision))
    guard let currency = decision.clientCurrency, currency != settings.currency, let rate = settings.rates[currency]
    else {
      return proposed
    }
    let scale = Fraction(Int128(currency.minorUnitsPerMajor), Int128(settings.currency.minorUnitsPerMajor))
    return .product([
      .quotient(proposed, .constant("exchangeRate", .ratio(rate))), .constant("minorUnitScale", .ratio(scale)),
    ])
  }

  /// asOf − the client's first day + 1.
  private func tenure() -> Formula? {
    guard let first = firstDay else { return nil }
    return .sum([
      .difference(.constant("asOf", .date(asOf)), .constant("firstDay", .date(first))),
      .constant("oneDay", .days(1)),
    ])
  }

  /// The sensitivity's figures over W, on a losing client's decision.
  private func addSensitivity(to explanation: inout Explanation) {
    func window(_ name: String) -> Formula { .figure(FigureKey(name, .window)) }
    let sensitivity = decision.sensitivity
    let one = Formula.constant("one", .ratio(.one))
    let factor = Formula.constant("monthlyFactor", .ratio(RunRate.monthlyFactor(windowDays: settings.windowDays)))
    let net = Formula.difference(window("earned"), window("carryingCost"))
    let nonBillable = Formula.difference(window("hours"), window("billableHours"))
    let costRate = ClientCostRate.of(window: decision.window.figures, settings: settings).map {
      Formula.constant("costRate", .rate($0))
    }
    let figures: [(String, Quantity?, Formula?)] = [
      ("rateRise", sensitivity?.rateRise.map(Quantity.ratio), .difference(.quotient(window("cost"), net), one)),
      (
        "rateAfterRise", sensitivity?.rate.map(Quantity.rate),
        .product([
          .quotient(window("earned"), window("billableHours")), .sum([one, .figure(FigureKey("rateRise", .decision))]),
        ])
      ),
      (
        "billNonBillable", sensitivity?.billNonBillable.map(Quantity.ratio),
        .quotient(.product([.negated(window("profit")), window("billableHours")]), .product([nonBillable, net]))
      ),
      (
        "hoursCap", sensitivity?.hoursCap.map { Quantity($0, .hours) },
        costRate.map {
          .product([
            .quotient(.difference(.difference(window("earned"), window("expenses")), window("carryingCost")), $0),
            factor,
          ])
        }
      ),
      ("hoursNow", sensitivity.map { Quantity($0.hoursNow, .hours) }, .product([window("hours"), factor])),
    ]
    for (name, value, formula) in figures {
      let note: FigureNote? = value == nil ? (sensitivity == nil ? .notCarried : .cannotBreakEven) : nil
      explanation.figures.append(
        ExplainedFigure(FigureKey(name, .decision), value: value, formula: formula, note: note))
    }
  }
}
