import Analysis

/// `clientworth trend`: each client's figures month by month, or quarter by quarter.
enum TrendCommand {
  static let client = OptionSpec(
    "client", kind: .repeatable, value: "name", help: "Show only this client (repeat for several).")
  static let by = OptionSpec.choice(
    "by", of: TrendInterval.self, value: "period", default: .month, help: "How long each period is.")

  static let spec = CommandSpec(
    name: "trend", parent: "clientworth",
    abstract: "Show each client's hours, revenue, effective rate, lateness and profit period by period.",
    discussion: """
      Periods are calendar months (or quarters) from the first to the last one with data within \
      --from and --to. Each period counts the time and expenses dated in it and the invoices issued \
      in it, measured at the report's as-of date, so a period's lateness includes what is still \
      unpaid today. Settings come from --config FILE, else ./clientworth.json, else the \
      clientworth.json inside the first folder given; every flag below wins over the file.
      """,
    options: AnalysisOptions.all + [client, by, AnalysisOptions.wide],
    positional: AnalysisOptions.files)
}
