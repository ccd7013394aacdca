import Analysis
import Domain

/// The one mapping from every error to the message a person reads and the exit status (spec §6).
///
/// Messages start `file:line:column: error: what is wrong` (unknown parts left out), followed by
/// detail lines; usage errors are `error: …`, then `Usage: …` and `  See '… --help'…`.
enum ErrorPresenter {
  /// The text for standard error (ending with a newline) and the exit status; `running` is the
  /// command whose usage a bad flag value found while running points at.
  static func present(_ error: CLIError, running: CommandInfo = RootCommand.info()) -> (
    message: String, status: ExitStatus
  ) {
    switch error {
    case .usage(let usage):
      return (
        "error: \(usage.message)\nUsage: \(usage.usage)\n  See '\(usage.command) --help' for more information.\n",
        .usage
      )
    case .settings(let settings):
      return (located(settings.file, settings.line, settings.column, settings.message), .dataError)
    case .input(let input):
      return (located(input.path, nil, nil, input.message), .noInput)
    case .importFailed(let failure):
      var text = located(failure.file, failure.line, failure.column, failure.message)
      for detail in failure.details { text += detail + "\n" }
      return (text, failure.unreadable ? .noInput : .dataError)
    case .ambiguousCurrency(let currencies):
      let codes = currencies.map(\.code).joined(separator: ", ")
      return (
        "error: the data has amounts in \(codes): set \"currency\" in clientworth.json or pass --currency\n",
        .dataError
      )
    case .missingRates(let missing, let settingsFile):
      return (missingRatesMessage(missing, settingsFile: settingsFile), .dataError)
    case .tooPrecise(let amount, let currency):
      let what = "has more decimals than \(currency.code) has (\(currency.minorUnitDigits))"
      switch amount.origin {
      case .file(let path, let keyPath, let line, let column):
        return (located(path, line, column, "\(keyPath) \(amount.text) \(what)"), .dataError)
      case .flag(let label):
        let flag = label.split(separator: " ").first.map(String.init) ?? label
        return present(.usage(UsageError("'\(flag) \(amount.text)' \(what)", command: running)))
      }
    case .tooLarge(let excess):
      return (tooLargeMessage(excess), .dataError)
    case .tooManyPeriods(let error, let interval):
      let unit = interval == .month ? "months" : "quarters"
      return (
        "error: the data runs from \(error.first.label) to \(error.last.label), \(error.count) \(unit), more than the "
          + "\(TrendCalculator.maximumPeriods) a trend shows: narrow it with --period or --from and --to"
          + (interval == .month ? ", or use --by quarter" : "") + " (a date with a mistyped year?)\n",
        .dataError
      )
    case .strict(let skipped):
      let rows = skipped == 1 ? "1 row was" : "\(skipped) rows were"
      return ("error: \(rows) skipped and --strict is set\n", .dataError)
    case .output(let output):
      return (located(output.path, nil, nil, "cannot write the output: \(output.reason)"), .cannotCreate)
    case .standardOutput(let reason):
      return ("error: cannot write to standard output: \(reason)\n", .cannotCreate)
    }
  }

  /// `file:line:column: error: message` plus a newline, leaving out what is unknown.
  static func located(_ file: String, _ line: Int?, _ column: Int?, _ message: String) -> String {
    Diagnostic(file: file, line: line, column: column, severity: .error, message: message).description + "\n"
  }

  /// Names the row where the ledger's total went past its bound, and the bound.
  private static func tooLargeMessage(_ excess: LedgerBounds.Excess) -> String {
    if case .day(let day) = excess.quantity {
      let message =
        "the date \(day) is outside \(LedgerBounds.days.lowerBound) to \(LedgerBounds.days.upperBound), "
        + "the dates ClientWorth works with: check its year"
      guard let position = excess.position else { return "error: " + message + "\n" }
      return located(position.file, position.line, position.column, message)
    }
    let total =
      switch excess.quantity {
      case .money(let currency):
        "the amounts of all files add up to more than "
          + Money(minorUnits: Int64(LedgerBounds.money), currency: currency).description
          + " (counted without sign, in the report currency)"
      case .seconds, .day:
        "the time of all files adds up to more than \(LedgerBounds.seconds / 3600) hours"
      }
    let message = "\(total), the most ClientWorth computes exactly; this row took it past: check its value"
    guard let position = excess.position else {
      return "error: " + total + ", the most ClientWorth computes exactly\n"
    }
    return located(position.file, position.line, position.column, message)
  }

  /// Names every currency without a rate and shows the exact lines to add to `"rates"`.
  private static func missingRatesMessage(_ missing: CurrencyConverter.MissingRates, settingsFile: String) -> String {
    let target = missing.target.code
    let codes = missing.currencies.map(\.code)
    var text = "error: no exchange rate into \(target) for \(codes.joined(separator: ", "))\n"
    text += "  add to \"rates\" in \(settingsFile), with the number of \(target) one unit is worth:\n"
    text += "    \"rates\": {\n"
    for (index, code) in codes.enumerated() {
      let comma = index == codes.count - 1 ? "" : ","
      text += "      \"\(code)\": <\(target) per 1 \(code)>\(comma)\n"
    }
    text += "    }\n"
    return text
  }
}
