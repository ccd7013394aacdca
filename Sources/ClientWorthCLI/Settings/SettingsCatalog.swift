import Domain

/// Every setting of spec §2, in the spec's order: the one place a setting is declared.
///
/// A new setting is one line here (and, when the calculation reads it, its field and default in
/// `Analysis.Settings`); the file, its flag, the checks, help and the docs' tables follow.
enum SettingsCatalog {
  static let currency = Setting(
    "currency", flag: "currency", .currency, \.currency, meaning: "report currency",
    unset: "the only currency in the data; error if several and none set")
  static let dateOrder = Setting(
    "dateOrder", flag: "date-order", .choice("order"), \.dateOrder,
    meaning: "day/month order for date columns that fit both", unset: "none")

  static let all: [Setting] = [
    currency,
    Setting(
      "costRate", flag: "cost-rate", .money, \.costRate,
      meaning: "what one hour of your time costs you (money per hour)",
      unset: "none: cost, profit and margin are unknown (null), a warning says so, and `decide` stops"),
    Setting(
      "targetRate", flag: "target-rate", .money, \.targetRate, meaning: "the effective rate you aim for", unset: "none"),
    Setting(
      "capitalRate", flag: "capital-rate", .share(per: " a year", valueName: "rate"), \.calculation.capitalRate,
      meaning: "yearly cost of money, for carrying late receivables"),
    Setting(
      "paymentTermsDays", flag: "payment-terms-days", .wholeDays(0...3650), \.calculation.paymentTermsDays,
      meaning: "due date when an invoice has none"),
    Setting(
      "writeOffAfterDays", flag: "write-off-after-days", .wholeDays(0...3650), \.calculation.writeOffAfterDays,
      meaning: "an open balance this many days past due is bad debt"),
    Setting(
      "lateDaysThreshold", flag: "late-days-threshold", .quantity("days", upTo: 3650), \.calculation.lateDaysThreshold,
      meaning: "average days late above which a client is a late payer"),
    Setting(
      "nonBillableThreshold", flag: "non-billable-threshold", .share(), \.calculation.nonBillableThreshold,
      meaning: "share of non-billable hours above which a client shows scope creep"),
    Setting(
      "windowDays", flag: "window", .wholeDays(1...3650), \.calculation.windowDays,
      meaning: "trailing window the decision projects from"),
    Setting(
      "horizonMonths", flag: "horizon", .quantity("months", upTo: 120), \.calculation.horizonMonths,
      meaning: "months ahead the decision looks when no contract end is known"),
    Setting(
      "maxRateIncrease", flag: "max-rate-increase", .share(upTo: Fraction(2)), \.calculation.maxRateIncrease,
      meaning: "the largest rate rise worth proposing before exit"),
    Setting(
      "exitCollectionRisk", flag: "exit-collection-risk", .share(), \.calculation.exitCollectionRisk,
      meaning: "share of the open balance a fired client may never pay"),
    Setting(
      "minHistoryDays", flag: "min-history-days", .wholeDays(0...3650), \.calculation.minHistoryDays,
      meaning: "a client younger than this is too new to judge"),
    Setting(
      "fixDays", flag: "fix-days", .wholeDays(0...3650), \.calculation.fixDays,
      meaning: "how long a recorded attempt to fix things gets before exit is advised"),
    Setting(
      "concentrationThreshold", flag: "concentration-threshold", .share(), \.calculation.concentrationThreshold,
      meaning: "share of revenue at or above which a client is a concentration risk"),
    Setting("aliases", .aliases, \.aliases, meaning: "spelling → client"),
    Setting("clients", .clients, \.clients, meaning: "per client: " + ClientTermsCatalog.summary),
    Setting("rates", .rates, \.rates, meaning: "currency → rate into the report currency"),
    dateOrder,
  ]

  /// The setting with this key in `clientworth.json`.
  static func setting(forKey key: String) -> Setting? { byKey[key] }

  private static let byKey = Dictionary(all.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })

  /// `; did you mean "costRate"?` for a mistyped key, else the list of known keys.
  static func suggestion(_ key: String, in keys: [String]) -> String {
    if let near = Suggestion.nearest(to: key, in: keys) { return "; did you mean \"\(near)\"?" }
    return " (known: " + keys.map { "\"\($0)\"" }.joined(separator: ", ") + ")"
  }
}
