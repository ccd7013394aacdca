import Analysis
import Domain
import Reports

extension AnalysisRun {
  /// The `trend` command's output: the trend by `--by` of the clients `--client` names (all when
  /// none is named). Its warnings go to `stderr`; the JSON carries them after the import's.
  func trendText(
    ledger: Ledger, settings: Settings, imported: [Diagnostic], format: OutputFormat, options: RenderOptions,
    stderr: inout some TextOutputStream
  ) throws(CLIError) -> String {
    let interval = parsed.choice(TrendCommand.by, as: TrendInterval.self) ?? .month
    var trend = TrendCalculator.trend(ledger: ledger, settings: settings, interval: interval)
    trend.clients = try selectTrendClients(trend.clients, directory: ledger.clients)
    for diagnostic in trend.diagnostics { stderr.write(diagnostic.description + "\n") }
    trend.diagnostics = imported + trend.diagnostics
    var text = ""
    TrendRenderer.render(trend, format: format, options: options, to: &text)
    return text
  }

  /// The clients `--client` names; a name that matches no client is a usage error suggesting the
  /// nearest one, as for `decide`.
  private func selectTrendClients(_ clients: [ClientTrend], directory: ClientDirectory) throws(CLIError)
    -> [ClientTrend]
  {
    let names = parsed.strings(TrendCommand.client)
    guard !names.isEmpty else { return clients }
    var wanted = Set<ClientKey>()
    for name in names {
      let key = directory.resolve(name)
      guard clients.contains(where: { $0.client == key }) else {
        let hint = Suggestion.nearest(to: name, in: clients.map(\.name)).map { " Did you mean '\($0)'?" } ?? ""
        throw .usage(UsageError("No client named '\(name)' in the data.\(hint)", command: parsed.command))
      }
      wanted.insert(key)
    }
    return clients.filter { wanted.contains($0.client) }
  }
}
