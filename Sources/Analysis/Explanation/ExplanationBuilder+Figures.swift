import Domain

extension ExplanationBuilder {
  private func total(_ kind: RowTable.Kind, _ column: String) -> Formula? {
    has(kind) ? .total(ColumnRef(id(kind), column)) : nil
  }

  private func figure(_ name: String) -> Formula { .figure(key(name)) }

  private mutating func add(
    _ name: String, _ value: Quantity?, _ formula: Formula?, note: FigureNote? = nil, isTerm: Bool = false
  ) {
    explanation.figures.append(ExplainedFigure(key(name), value: value, formula: formula, note: note, isTerm: isTerm))
  }

  /// Every figure of spec §4 over the scope, each with the formula that makes it from its tables,
  /// the settings and the other figures.
  mutating func addFigures() {
    let figures = calculation.tally(for: client).figures
    let time: FigureNote? = has(.time) ? nil : .noTime
    let invoices: FigureNote? = has(.invoices) ? nil : .noInvoices
    add("hours", .hours(seconds: Int128(figures.seconds)), total(.time, "hours"), note: time)
    add("billableHours", .hours(seconds: Int128(figures.billableSeconds)), total(.time, "billableHours"), note: time)
    add(
      "billableValue", figures.billableValue.map(Quantity.money), total(.time, "billableValue"),
      note: figures.billableValue == nil ? .noBillableValue : nil)
    add("invoiced", .money(figures.invoiced), total(.invoices, "amount"), note: invoices)
    add("collected", .money(figures.collected), total(.invoices, "collected"), note: invoices)
    add("outstanding", .money(figures.outstanding), .difference(figure("invoiced"), figure("collected")))
    add("badDebt", .money(figures.badDebt), total(.invoices, "badDebt"), note: invoices)
    add("netRevenue", .money(figures.netRevenue), .difference(figure("invoiced"), figure("badDebt")))
    addEarnedFigures(value: figures.earned, unbilled: figures.unbilledValue)
    let hours: FigureNote? = figures.seconds == 0 ? .noHours : nil
    add(
      "effectiveRate", figures.effectiveRate.map(Quantity.rate), .quotient(figure("earned"), figure("hours")),
      note: hours ?? (figures.earned == nil ? .unbilledCannotBeValued : nil))
    add(
      "collectedRate", figures.collectedRate.map(Quantity.rate), .quotient(figure("collected"), figure("hours")),
      note: hours)
    add(
      "realization", figures.realization.map(Quantity.ratio), .quotient(figure("invoiced"), figure("billableValue")),
      note: figures.realization == nil ? .noBillableValue : nil)
    add("expenses", .money(figures.expenses), total(.expenses, "amount"), note: has(.expenses) ? nil : .noExpenses)
    addCostAndProfit(figures)
    addOpportunityCost(figures)
    addLateness(figures)
    add(
      "share", figures.share.map(Quantity.ratio),
      .quotient(.figure(FigureKey("earned", .year)), .total(ColumnRef(RowTable.id(.clients, .year), "counted"))),
      note: figures.share == nil ? .noShare : nil)
    let aging = calculation.tally(for: client).aging
    add("aging", .money(aging.current + aging.overdue), total(.invoices, "open"), note: invoices)
  }

  /// unbilledValue, its unrounded work, and earned: what the spans attribute plus the unbilled work.
  mutating func addEarnedFigures(value earned: Money?, unbilled: Money?) {
    let terms = unbilledTerms()
    var note: FigureNote? = nil
    if terms == nil { note = .unbilledCannotBeValued } else if terms?.isEmpty == true { note = .noUnbilledWork }
    let work = terms.flatMap { $0.isEmpty ? nil : Formula.sum($0) }
    var exactWork: Quantity?
    if terms != nil {
      var sum = ExactFraction()
      if let earnings { _ = earnings.unbilled[periodIndex].addValue(at: earnings.rates, to: &sum) }
      exactWork = .money(exact: sum.value)
    }
    add("unbilledWork", exactWork, work, note: note, isTerm: true)
    if periodIndex != Calculation.yearIndex {
      add("unbilledValue", unbilled.map(Quantity.money), work.map { _ in .rounded(figure("unbilledWork")) }, note: note)
    }
    var parts: [Formula] = []
    if let spans = total(.spans, "attributed") { parts.append(spans) }
    if work != nil { parts.append(figure("unbilledWork")) }
    add(
      "earned", earned.map(Quantity.money), parts.isEmpty ? nil : .rounded(.sum(parts)),
      note: earned == nil ? .unbilledCannotBeValued : (parts.isEmpty ? .noEarnings : nil))
  }

  /// The unbilled work's value as terms over the unbilled table's totals; empty without unbilled
  /// work, nil when it cannot be valued.
  private func unbilledTerms() -> [Formula]? {
    guard let earnings else { return [] }
    guard let valuation = earnings.unbilled[periodIndex].valuation(at: earnings.rates) else { return nil }
    return valuation.compactMap { term -> Formula? in
      switch term.basis {
      case .face: return total(.unbilled, "value")
      case .realization:
        return total(.unbilled, "value").map { .product([.constant("realization", .ratio(term.factor)), $0]) }
      case .perSecond:
        let rate = Formula.constant("netPerBilledHour", .rate(term.factor * Fraction(3600)))
        let column = valuation.count == 1 ? "hours" : "hoursWithoutValue"
        return total(.unbilled, column).map { .product([$0, rate]) }
      }
    }
  }

  private mutating func addCostAndProfit(_ figures: Figures) {
    let costRate = calculation.uniformCostRate.map { Formula.constant("costRate", .rate($0.exact)) }
    let noCost: FigureNote? = calculation.costed ? (figures.cost == nil ? .noCostRateForSomeTime : nil) : .noCostRate
    // With several rates the time table sums the cost; a scope without time costs nothing.
    let timeByRow = costByRow ? total(.time, "timeCost") ?? .constant("zero", .money(exact: .zero)) : nil
    let timeCost = costRate.map { .product([figure("hours"), $0]) } ?? timeByRow
    add(
      "cost", figures.cost.map(Quantity.money), timeCost.map { .sum([.rounded($0), figure("expenses")]) },
      note: noCost)
    let lateness = has(.lateness)
    add(
      "carryingCost", .money(figures.carryingCost), total(.lateness, "carrying").map { .rounded($0) },
      note: lateness ? nil : .noLatenessItems)
    add(
      "profit", figures.profit.map(Quantity.money),
      .difference(.difference(figure("earned"), figure("cost")), figure("carryingCost")),
      note: noCost ?? (figures.earned == nil ? .unbilledCannotBeValued : nil))
    let earnedNotPositive = (figures.earned?.minorUnits ?? 0) <= 0
    add(
      "margin", figures.margin.map(Quantity.ratio), .quotient(figure("profit"), figure("earned")),
      note: noCost ?? (earnedNotPositive ? .earnedNotPositive : nil))
  }

  private mutating func addOpportunityCost(_ figures: Figures) {
    let benchmark: Formula?
    if let target = settings.targetRate {
      benchmark = .constant("targetRate", .rate(target.exact))
    } else if let rate = calculation.benchmark, let hours = total(.clients, "hours"),
      let earned = total(.clients, "earned")
    {
      add("benchmark", .rate(rate), .quotient(earned, hours), isTerm: true)
      benchmark = figure("benchmark")
    } else {
      benchmark = nil
    }
    let formula = benchmark.map { benchmark in
      Formula.larger(
        .constant("zero", .money(exact: .zero)),
        .difference(.rounded(.product([figure("hours"), benchmark])), figure("earned")))
    }
    let note: FigureNote? =
      figures.earned == nil ? .unbilledCannotBeValued : (benchmark == nil ? .noBenchmark : nil)
    add("opportunityCost", figures.opportunityCost.map(Quantity.money), formula, note: note)
  }

  private mutating func addLateness(_ figures: Figures) {
    let table = id(.lateness)
    let none: FigureNote? = has(.lateness) ? nil : .noLatenessItems
    add(
      "avgDaysLate", figures.avgDaysLate.map { Quantity($0, .days) },
      .weightedMean(ColumnRef(table, "daysLate"), weights: "amount"), note: none)
    add(
      "avgDaysToPay", figures.avgDaysToPay.map { Quantity($0, .days) },
      .weightedMean(ColumnRef(table, "daysToPay"), weights: "amount"),
      note: figures.avgDaysToPay == nil ? .noPayments : nil)
    add(
      "lateShare", figures.lateShare.map(Quantity.ratio),
      .quotient(.count(table: table, positive: "daysLate"), .count(table: table, positive: nil)), note: none)
    add(
      "maxDaysLate", figures.maxDaysLate.map(Quantity.days), .largest(ColumnRef(table, "daysLate")), note: none)
  }
}
