import Domain
import Reports

/// The options `report` and `decide` share: the input, the settings of spec §2 (each flag wins
/// over `clientworth.json`), the period of §3 and the output.
enum AnalysisOptions {
  static let config = OptionSpec(
    "config", value: "file", help: "Read settings from this file instead of ./clientworth.json.")
  static let currency = OptionSpec(
    "currency", value: "code", help: "Report currency (default: the only currency in the data).")
  static let costRate = OptionSpec(
    "cost-rate", value: "amount", help: "What one hour of your time costs you, in the report currency.")
  static let targetRate = OptionSpec(
    "target-rate", value: "amount", help: "The effective hourly rate you aim for.")
  static let capitalRate = OptionSpec(
    "capital-rate", value: "rate", default: "0.10", help: "Yearly cost of money, for carrying late receivables.")
  static let paymentTermsDays = OptionSpec(
    "payment-terms-days", value: "days", default: "30", help: "Due date of an invoice that has none.")
  static let writeOffAfterDays = OptionSpec(
    "write-off-after-days", value: "days", default: "90", help: "An open balance this many days past due is bad debt.")
  static let lateDaysThreshold = OptionSpec(
    "late-days-threshold", value: "days", default: "14",
    help: "Average days late above which a client is a late payer.")
  static let nonBillableThreshold = OptionSpec(
    "non-billable-threshold", value: "share", default: "0.25",
    help: "Share of non-billable hours above which a client shows scope creep.")
  static let window = OptionSpec(
    "window", value: "days", default: "90", help: "Trailing window the decision projects from.")
  static let horizon = OptionSpec(
    "horizon", value: "months", default: "6", help: "Months ahead the decision looks when no contract end is known.")
  static let maxRateIncrease = OptionSpec(
    "max-rate-increase", value: "share", default: "0.5", help: "The largest rate rise worth proposing before exit.")
  static let exitCollectionRisk = OptionSpec(
    "exit-collection-risk", value: "share", default: "0",
    help: "Share of the open balance a fired client may never pay.")
  static let minHistoryDays = OptionSpec(
    "min-history-days", value: "days", default: "60", help: "A client younger than this is too new to judge.")
  static let fixDays = OptionSpec(
    "fix-days", value: "days", default: "30",
    help: "How long a recorded attempt to fix things gets before exit is advised.")
  static let concentrationThreshold = OptionSpec(
    "concentration-threshold", value: "share", default: "0.25",
    help: "Share of revenue at or above which a client is a concentration risk.")
  static let dateOrder = OptionSpec.choice(
    "date-order", of: DayOrder.self, value: "order", help: "Day/month order for date columns that fit both.")
  static let from = OptionSpec("from", value: "date", help: "First day of the period (YYYY-MM-DD, inclusive).")
  static let to = OptionSpec("to", value: "date", help: "Last day of the period (YYYY-MM-DD, inclusive).")
  static let asOf = OptionSpec(
    "as-of", value: "date", help: "The day the figures are computed at (default: the latest date in the data).")
  static let strict = OptionSpec("strict", kind: .flag, help: "Fail (exit 65) when any row had to be skipped.")
  static let format = OptionSpec.choice(
    "format", of: OutputFormat.self, value: "format", default: .table, help: "Output format.")
  static let output = OptionSpec(
    "output", value: "file", help: "Write to this file (replaced whole, or not at all) instead of standard output.")
  static let wide = OptionSpec(
    "wide", kind: .flag, help: "Show every column of the table, however wide the terminal (piped output always does).")
  static let verbose = OptionSpec(
    "verbose", kind: .flag, help: "Tell, on standard error, how many rows of each file were read and skipped.")

  /// Every shared option, in help order.
  static let all: [OptionSpec] = [
    config, currency, costRate, targetRate, capitalRate, paymentTermsDays, writeOffAfterDays, lateDaysThreshold,
    nonBillableThreshold, window, horizon, maxRateIncrease, exitCollectionRisk, minHistoryDays, fixDays,
    concentrationThreshold, dateOrder, from, to, asOf, strict, format, output, verbose,
  ]

  static let files = PositionalSpec(
    name: "file", repeatable: true,
    help: "A CSV file, or a folder whose *.csv files are all read (default: the current folder).")
}
