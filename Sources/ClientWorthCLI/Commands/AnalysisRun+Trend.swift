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
    trend.clients = try selectClients(
      trend.clients, option: TrendCommand.client, directory: ledger.clients, client: \.client, name: \.name)
    stderr.write(DiagnosticText.render(trend.diagnostics, verbose: parsed.isSet(AnalysisOptions.verbose)))
    trend.diagnostics = imported + trend.diagnostics
    var text = ""
    TrendRenderer.render(trend, format: format, options: options, to: &text)
    return text
  }
}
