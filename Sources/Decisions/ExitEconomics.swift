import Analysis
import Domain

/// What staying costs against what leaving costs (spec §5: continueLoss, exitCost, walkAway,
/// refundOffer), in exact minor units of the report currency.
struct ExitEconomics: Sendable, Equatable {
  /// max(0, −monthlyProfit × H): what staying until H costs; nil when monthlyProfit is unknown.
  var continueLoss: Fraction?
  /// wrapUpHours × the client's cost rate (`ClientCostRate`) + exitCollectionRisk × max(0, outstanding − badDebt over all data).
  var exitCost: Fraction
  /// continueLoss − exitCost: what leaving is worth (negative: staying is cheaper).
  var walkAway: Fraction? { continueLoss.map { $0 - exitCost } }

  init(continueLoss: Fraction?, exitCost: Fraction) {
    self.continueLoss = continueLoss
    self.exitCost = exitCost
  }

  /// The economics of leaving a client earning `monthlyProfit` for `horizonMonths` more months.
  ///
  /// The wrap-up term is 0 when the client's `wrapUpHours` or its cost rate is missing. The open
  /// balance at risk leaves out what is already bad debt (lost whether or not the client is fired)
  /// and is never below zero: a credit note owed to the client makes leaving no cheaper.
  init(
    monthlyProfit: Fraction?, horizonMonths: Fraction, wrapUpHours: Fraction?, costRate: Fraction?,
    exitCollectionRisk: Fraction, allData: Figures
  ) {
    var wrapUp = Fraction.zero
    if let wrapUpHours, let costRate { wrapUp = wrapUpHours * costRate }
    let openBalance = max(.zero, (allData.outstanding - allData.badDebt).exact)
    self.init(
      continueLoss: monthlyProfit.map { max(.zero, -$0 * horizonMonths) },
      exitCost: wrapUp + exitCollectionRisk * openBalance)
  }

  /// min(walkAway, what the client paid in W) when that is above zero and the client owes nothing
  /// past due (spec §5 refundOffer); nil otherwise.
  func refundOffer(paidInWindow: Money, owesPastDue: Bool) -> Fraction? {
    guard let walkAway, !owesPastDue else { return nil }
    let offer = min(walkAway, paidInWindow.exact)
    return offer > .zero ? offer : nil
  }

  /// gain of leaving = continueLoss − (refund + exitCost): positive when leaving with this refund
  /// costs less than staying; nil when continueLoss is unknown.
  func gainOfLeaving(refund: Money) -> Fraction? {
    continueLoss.map { $0 - (refund.exact + exitCost) }
  }
}
