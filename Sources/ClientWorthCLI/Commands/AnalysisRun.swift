import Analysis
import Decisions
import Domain
import Importers
import Reports

/// One `report`, `decide` or `trend` run: settings → input files → import → currency → figures →
/// rendered text. Touches the file system only to read; the caller writes the result.
struct AnalysisRun {
  /// The rendered output and where it goes (nil: standard output).
  struct Output: Sendable {
    let text: String
    let destination: String?
  }

  let parsed: ParsedArguments
  let fileSystem: FileSystem
  let environment: [String: String]
  let terminal: Terminal
  /// Reads the files into a ledger: `Importer.importFiles`, replaceable so tests can feed the
  /// rest of the run an exact import result.
  let importer: ImportFunction

  /// The signature of `Importer.importFiles`.
  typealias ImportFunction = @Sendable ([InputFile], ImportOptions) throws(ImportError) -> ImportResult

  private typealias Option = AnalysisOptions

  /// Runs the command; diagnostics and `--verbose` accounting go to `stderr` as they arise.
  func execute(stderr: inout some TextOutputStream) throws(CLIError) -> Output {
    let flags: SettingValues
    do {
      flags = try SettingValues(flags: parsed)
    } catch {
      throw .usage(error)
    }
    let (values, settingsFile) = try loadSettings(flags: flags)
    let files: [InputFile]
    let imported: ImportResult
    do {
      files = try InputFiles(fileSystem: fileSystem).read(parsed.positionals)
    } catch {
      throw .input(error)
    }
    do {
      imported = try importer(
        files, ImportOptions(aliases: values.aliases, dateOrder: values.dateOrder, currency: values.currency))
    } catch {
      throw .importFailed(error)
    }
    if parsed.isSet(Option.verbose) { report(imported.files, to: &stderr) }
    for diagnostic in imported.diagnostics { stderr.write(diagnostic.description + "\n") }
    // Never merged beyond the spec's key: a name only one side knows is said, with the alias to add.
    for mismatch in imported.clientMismatches { stderr.write("warning: " + mismatch.message + "\n") }
    let skipped = imported.diagnostics.filter { $0.severity == .error }.count
    if parsed.isSet(Option.strict) && skipped > 0 { throw .strict(skippedRows: skipped) }

    let resolver = SettingsResolver(values: values, settingsFile: settingsFile)
    let (settings, ledger) = try resolver.resolve(imported.ledger)
    let format = parsed.choice(Option.format, as: OutputFormat.self) ?? .table
    let destination = parsed.string(Option.output)
    let options = terminal.renderOptions(environment: environment, writingToFile: destination != nil)
    var text = ""
    if parsed.command.name == DecideCommand.spec.name {
      let refund = try resolver.money(try refundAmount(), in: settings.currency)
      var decisions = DecisionMaker.decide(ledger: ledger, settings: settings, refund: refund)
      decisions.decisions = try selectClients(decisions.decisions, directory: ledger.clients)
      for diagnostic in decisions.diagnostics { stderr.write(diagnostic.description + "\n") }
      decisions.diagnostics = imported.diagnostics + decisions.diagnostics
      DecisionRenderer.render(decisions, format: format, options: options, to: &text)
    } else if parsed.command.name == TrendCommand.spec.name {
      text = try trendText(
        ledger: ledger, settings: settings, imported: imported.diagnostics, format: format, options: options,
        stderr: &stderr)
    } else {
      var report = FigureCalculator.report(ledger: ledger, settings: settings)
      let decisions = DecisionMaker.decide(ledger: ledger, settings: settings)
      for diagnostic in report.diagnostics { stderr.write(diagnostic.description + "\n") }
      report.diagnostics = imported.diagnostics + report.diagnostics
      let sort = parsed.choice(ReportCommand.sort, as: SortKey.self)
      // Only the HTML page draws the monthly trend; the other formats need not compute it.
      let trend = format == .html ? TrendCalculator.trend(ledger: ledger, settings: settings, interval: .month) : nil
      ReportRenderer.render(
        report, decisions: decisions, format: format, sort: sort, options: options, trend: trend, to: &text)
    }
    return Output(text: text, destination: destination)
  }

  /// The file's settings with the flags over them, and the file's name for messages.
  private func loadSettings(flags: SettingValues) throws(CLIError) -> (SettingValues, String) {
    let path: String?
    let bytes: [UInt8]
    do {
      path = try SettingsLocator(fileSystem: fileSystem).locate(
        config: parsed.string(Option.config), inputs: parsed.positionals)
      bytes = try path.map { path throws(InputError) in try fileSystem.read(path) } ?? []
    } catch {
      throw .input(error)
    }
    guard let path else { return (flags, SettingsLocator.fileName) }
    do {
      return (try SettingsDecoder(path: path).decode(bytes).overridden(by: flags), path)
    } catch {
      throw .settings(error)
    }
  }

  /// `--refund`, in major units of the report currency.
  private func refundAmount() throws(CLIError) -> MajorAmount? {
    let option = DecideCommand.refund
    do {
      guard let value = try parsed.decimal(option), let text = parsed.string(option) else { return nil }
      return MajorAmount(value: value, text: text, origin: .flag(option, of: parsed.command))
    } catch {
      throw .usage(error)
    }
  }

  /// The decisions of the clients `--client` names (all when none is named). A name that matches
  /// no client is a usage error suggesting the nearest one.
  private func selectClients(_ decisions: [Decision], directory: ClientDirectory) throws(CLIError) -> [Decision] {
    let names = parsed.strings(DecideCommand.client)
    guard !names.isEmpty else { return decisions }
    var wanted = Set<ClientKey>()
    for name in names {
      let key = directory.resolve(name)
      guard decisions.contains(where: { $0.client == key }) else {
        let known = decisions.map(\.name)
        let hint = Suggestion.nearest(to: name, in: known).map { " Did you mean '\($0)'?" } ?? ""
        throw .usage(UsageError("No client named '\(name)' in the data.\(hint)", command: parsed.command))
      }
      wanted.insert(key)
    }
    return decisions.filter { wanted.contains($0.client) }
  }

  /// One line per file: its format and how its rows were accounted for.
  private func report(_ summaries: [FileSummary], to stderr: inout some TextOutputStream) {
    for file in summaries {
      stderr.write(
        "\(file.path): \(file.format): \(file.rowsRead) rows read, \(file.rowsImported) imported, "
          + "\(file.rowsSkipped) skipped\n")
    }
  }
}
