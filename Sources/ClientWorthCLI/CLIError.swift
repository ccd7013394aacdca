import Analysis
import Domain
import Importers

/// Every way a run can fail, each carrying the layer's own typed error; `ErrorPresenter` is the
/// only place that turns one into text and an exit status.
enum CLIError: Error, Sendable {
  case usage(UsageError)
  case settings(SettingsError)
  case input(InputError)
  case importFailed(ImportError)
  /// Several currencies in the data and none chosen.
  case ambiguousCurrency([Currency])
  /// Currencies in the data with no rate into the report currency; `settingsFile` is where to add them.
  case missingRates(CurrencyConverter.MissingRates, settingsFile: String)
  /// The data's amounts or hours add up past what the figures can be computed for.
  case tooLarge(LedgerBounds.Excess)
  /// A money setting with more decimals than the report currency has.
  case tooPrecise(MajorAmount, Currency)
  /// A trend over more periods than `TrendCalculator.maximumPeriods`.
  case tooManyPeriods(TrendCalculator.TooManyPeriods, TrendInterval)
  /// `--strict` and some rows were skipped.
  case strict(skippedRows: Int)
  /// Rows were read and every one of them was skipped: there is nothing to report on.
  case nothingImported(skippedRows: Int)
  case output(OutputError)
  /// Standard output could not take the output (not a closed pipe, which ends a run quietly).
  case standardOutput(reason: String)
}
