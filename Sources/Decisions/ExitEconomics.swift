import Analysis
import Domain

/// What staying costs against what leaving costs (spec §5: continueLoss, exitCost, maxRefund), in
/// exact minor units of the report currency.
struct ExitEconomics: Sendable, Equatable {
  /// max(0, −monthlyProfit × H): what staying until H costs.
  var continueLoss: Fraction
  /// wrapUpHours × costRate + exitCollectionRisk × (outstanding − badDebt over all data).
  var exitCost: Fraction
  /// continueLoss − exitCost: the largest refund that still makes leaving cheaper than staying;
  /// negative when none does.
  var maxRefund: Fraction

  init(continueLoss: Fraction, exitCost: Fraction) {
    self.continueLoss = continueLoss
    self.exitCost = exitCost
    self.maxRefund = continueLoss - exitCost
  }

  /// The economics of leaving a client earning `monthlyProfit` for `horizonMonths` more months.
  ///
  /// The wrap-up term is 0 when either the client's `wrapUpHours` or the `costRate` is missing:
  /// without a cost of time, hours still owed cost nothing the figures can see.
  init(
    monthlyProfit: Fraction, horizonMonths: Fraction, wrapUpHours: Fraction?, costRate: Money?,
    exitCollectionRisk: Fraction, allData: Figures
  ) {
    let continueLoss = max(.zero, -monthlyProfit * horizonMonths)
    var wrapUp = Fraction.zero
    if let wrapUpHours, let costRate { wrapUp = wrapUpHours * costRate.exact }
    // As written in the spec: the open balance net of what is already bad debt (bad debt is lost
    // whether or not the client is fired).
    let openBalance = (allData.outstanding - allData.badDebt).exact
    self.init(continueLoss: continueLoss, exitCost: wrapUp + exitCollectionRisk * openBalance)
  }

  /// gain of leaving = continueLoss − (refund + exitCost): positive when leaving with this refund
  /// costs less than staying.
  func gainOfLeaving(refund: Money) -> Fraction {
    continueLoss - (refund.exact + exitCost)
  }
}
