import Analysis
import Domain
import Importers

/// The settings of spec §2 as one source gave them (`clientworth.json` or the flags); nil or
/// empty where that source is silent. Two sources combine with `overridden(by:)`.
struct SettingValues: Sendable, Equatable {
  var currency: Currency?
  var costRate: MajorAmount?
  var targetRate: MajorAmount?
  var capitalRate: Fraction?
  var paymentTermsDays: Int?
  var writeOffAfterDays: Int?
  var lateDaysThreshold: Fraction?
  var nonBillableThreshold: Fraction?
  var windowDays: Int?
  var horizonMonths: Fraction?
  var maxRateIncrease: Fraction?
  var exitCollectionRisk: Fraction?
  var minHistoryDays: Int?
  var fixDays: Int?
  var concentrationThreshold: Fraction?
  var dateOrder: DayOrder?
  /// Spelling → client.
  var aliases: [String: String] = [:]
  /// Per-client terms by the name written in the settings (resolved to keys after aliases).
  var clients: [String: ClientTerms] = [:]
  /// Report-currency units per one unit of each foreign currency.
  var rates: [Currency: Fraction] = [:]
  /// `--from`, `--to`, `--as-of` (flags only).
  var from: Day?
  var to: Day?
  var asOf: Day?

  /// These values with every value `other` sets put in their place (flags over the file).
  func overridden(by other: SettingValues) -> SettingValues {
    var result = self
    result.currency = other.currency ?? currency
    result.costRate = other.costRate ?? costRate
    result.targetRate = other.targetRate ?? targetRate
    result.capitalRate = other.capitalRate ?? capitalRate
    result.paymentTermsDays = other.paymentTermsDays ?? paymentTermsDays
    result.writeOffAfterDays = other.writeOffAfterDays ?? writeOffAfterDays
    result.lateDaysThreshold = other.lateDaysThreshold ?? lateDaysThreshold
    result.nonBillableThreshold = other.nonBillableThreshold ?? nonBillableThreshold
    result.windowDays = other.windowDays ?? windowDays
    result.horizonMonths = other.horizonMonths ?? horizonMonths
    result.maxRateIncrease = other.maxRateIncrease ?? maxRateIncrease
    result.exitCollectionRisk = other.exitCollectionRisk ?? exitCollectionRisk
    result.minHistoryDays = other.minHistoryDays ?? minHistoryDays
    result.fixDays = other.fixDays ?? fixDays
    result.concentrationThreshold = other.concentrationThreshold ?? concentrationThreshold
    result.dateOrder = other.dateOrder ?? dateOrder
    result.aliases.merge(other.aliases) { _, new in new }
    result.clients.merge(other.clients) { _, new in new }
    result.rates.merge(other.rates) { _, new in new }
    result.from = other.from ?? from
    result.to = other.to ?? to
    result.asOf = other.asOf ?? asOf
    return result
  }
}

extension SettingValues {
  /// What the importers need of these settings.
  var importOptions: ImportOptions {
    ImportOptions(aliases: aliases, dateOrder: dateOrder, currency: currency)
  }
}
