import Analysis

/// `clientworth trend`: each client's figures month by month, or quarter by quarter.
struct TrendCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    name: "trend",
    abstract: "Show each client's hours, revenue, effective rate, lateness and profit period by period.",
    discussion: """
      Periods are calendar months (or quarters) from the first to the last one with data within \
      the period asked for. Each period counts the time and expenses dated in it and the invoices \
      issued in it, measured at the report's as-of date, so a period's lateness includes what is \
      still unpaid today. Settings come from --config FILE, else ./clientworth.json, else the \
      clientworth.json inside the first folder given; every flag below wins over the file.
      """)

  var analysis = AnalysisOptions()
  var interval = TrendInterval.month
  var wide = false

  static let arguments: [Argument<Self>] =
    AnalysisOptions.arguments.lifted(\.analysis) + [
      .option("by", \.interval, value: "period", help: "How long each period is."),
      .flag(
        "wide", \.wide, help: "Show every column of the table, however wide the terminal (piped output always does)."),
    ]

  func validate() throws(ValidationError) { try analysis.validate() }

  func run(_ context: RunContext, stderr: inout some TextOutputStream) throws(CLIError) -> CommandOutput {
    let run = AnalysisRun(options: analysis, context: context)
    let prepared = try run.prepare(stderr: &stderr)
    return run.output(try run.trendText(prepared, interval: interval, wide: wide, stderr: &stderr), of: prepared)
  }
}
