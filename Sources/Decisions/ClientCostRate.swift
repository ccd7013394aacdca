import Analysis
import Domain

/// What an hour of work for one client costs, for the decision figures that price hours rather
/// than read cost (wrap-up hours in exitCost, the hours cap of the sensitivity): the cost of the
/// hours of the people who worked for it over W ÷ those hours, else (no time in W) the default
/// cost rate. With one rate for everyone, that rate.
enum ClientCostRate {
  static func of(window: Figures, settings: Settings) -> Fraction? {
    window.costPerHour ?? settings.costRate?.exact
  }
}
