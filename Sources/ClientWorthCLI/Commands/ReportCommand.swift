import Reports

/// `clientworth report`: every client's figures (spec §4).
enum ReportCommand {
  static let sort = OptionSpec.choice(
    "sort", of: SortKey.self, value: "figure", default: .name, help: "Order the clients by this figure.")

  static let spec = CommandSpec(
    name: "report", parent: "clientworth",
    abstract: "Show each client's profitability: hours, revenue, cost, profit, effective rate, lateness.",
    discussion: """
      Settings come from --config FILE, else ./clientworth.json, else the clientworth.json inside the \
      first folder given; every flag below wins over the file.
      """,
    options: AnalysisOptions.all + [sort, AnalysisOptions.wide],
    positional: AnalysisOptions.files)
}
