import Analysis
import Decisions
import Domain
import Importers
import Parallel
import Reports

/// One `report`, `decide` or `trend` run: settings → input files → import → currency → figures →
/// rendered text. Touches the file system only to read; the caller writes the result.
struct AnalysisRun {
  /// The rendered output and where it goes (nil: standard output).
  struct Output: Sendable {
    let text: String
    let destination: String?
    /// The files the output must never replace (the inputs and the settings file).
    let protected: [FileIdentity: String]
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
    let (values, settingsFile) = try SettingsLoader(fileSystem: fileSystem).load(parsed)
    let files: [InputFile]
    let imported: ImportResult
    let destination = parsed.string(Option.output)
    let inputs = InputFiles(fileSystem: fileSystem)
    let listing: InputFiles.Listing
    do {
      listing = try inputs.list(parsed.positionals)
    } catch {
      throw .input(error)
    }
    let protected = inputs.protectedFiles(listing, settingsFile: settingsFile)
    // A mistaken --output is refused before anything is read.
    if let destination {
      do {
        try OutputFile(path: destination, absolutePath: fileSystem.absolute(destination), protected: protected)
          .checkNotProtected()
      } catch {
        throw .output(error)
      }
    }
    stderr.write(DiagnosticText.render(listing.warnings, verbose: true))
    do {
      files = try inputs.open(listing)
    } catch {
      throw .input(error)
    }
    do {
      imported = try importer(
        files, values.importOptions)
    } catch {
      throw .importFailed(error)
    }
    if parsed.isSet(Option.verbose) { report(imported.files, to: &stderr) }
    stderr.write(DiagnosticText.render(imported.diagnostics, verbose: parsed.isSet(Option.verbose)))
    // Never merged beyond the spec's key: a name only one side knows is said, with the alias to add.
    for mismatch in imported.clientMismatches { stderr.write(PrintableText.of("warning: " + mismatch.message) + "\n") }
    let skipped = imported.diagnostics.filter { $0.severity == .error }.count
    if parsed.isSet(Option.strict) && skipped > 0 { throw .strict(skippedRows: skipped) }

    let resolver = SettingsResolver(values: values, settingsFile: settingsFile)
    let (settings, ledger) = try resolver.resolve(imported.ledger)
    let format = parsed.choice(Option.format, as: OutputFormat.self) ?? .table
    var options = terminal.renderOptions(environment: environment, writingToFile: destination != nil)
    options.wide = parsed.isSet(Option.wide)
    var text = ""
    if parsed.command.name == DecideCommand.spec.name {
      let refund = try resolver.money(try refundAmount(), in: settings.currency)
      var decisions: DecisionReport
      do {
        decisions = try DecisionMaker.decide(ledger: ledger, settings: settings, refund: refund)
      } catch {
        throw .usage(UsageError(error.message, command: parsed.command))
      }
      decisions.decisions = try selectClients(
        decisions.decisions, option: DecideCommand.client, directory: ledger.clients, client: \.client, name: \.name)
      stderr.write(DiagnosticText.render(decisions.diagnostics, verbose: parsed.isSet(Option.verbose)))
      decisions.diagnostics = imported.diagnostics + decisions.diagnostics
      if let folder = parsed.string(DecideCommand.letters) {
        let writer = LetterWriter(fileSystem: fileSystem, protected: protected)
        let written = try writer.write(DecisionLetters.letters(decisions), into: folder)
        stderr.write(LetterWriter.summary(written, folder: folder))
      }
      DecisionRenderer.render(decisions, format: format, options: options, to: &text)
    } else if parsed.command.name == TrendCommand.spec.name {
      text = try trendText(
        ledger: ledger, settings: settings, imported: imported.diagnostics, format: format, options: options,
        stderr: &stderr)
    } else {
      // The report and the decisions' trailing window only read the ledger: one on each core.
      var (report, window) = bothAtOnce(
        { FigureCalculator.report(ledger: ledger, settings: settings) },
        { DecisionMaker.windowReport(ledger: ledger, settings: settings) })
      // Without a cost rate there is no profit to decide on: the table shows no Decision column.
      let decisions = try? DecisionMaker.decide(ledger: ledger, settings: settings, report: report, window: window)
      stderr.write(DiagnosticText.render(report.diagnostics, verbose: parsed.isSet(Option.verbose)))
      report.diagnostics = imported.diagnostics + report.diagnostics
      let sort = parsed.choice(ReportCommand.sort, as: SortKey.self)
      // Only the HTML page draws the monthly trend; the other formats need not compute it.
      let trend = format == .html ? TrendCalculator.trend(ledger: ledger, settings: settings, interval: .month) : nil
      ReportRenderer.render(
        report, decisions: decisions, format: format, sort: sort, options: options, trend: trend, to: &text)
    }
    return Output(text: text, destination: destination, protected: protected)
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

  /// The items of the clients `option` (`--client`) names, all when none is named. A name that
  /// matches no client is a usage error suggesting the nearest one.
  func selectClients<Item>(
    _ items: [Item], option: OptionSpec, directory: ClientDirectory, client: (Item) -> ClientKey,
    name: (Item) -> String
  ) throws(CLIError) -> [Item] {
    let names = parsed.strings(option)
    guard !names.isEmpty else { return items }
    var wanted = Set<ClientKey>()
    for wantedName in names {
      let key = directory.resolve(wantedName)
      guard items.contains(where: { client($0) == key }) else {
        let hint = Suggestion.nearest(to: wantedName, in: items.map(name)).map { " Did you mean '\($0)'?" } ?? ""
        throw .usage(UsageError("No client named '\(wantedName)' in the data.\(hint)", command: parsed.command))
      }
      wanted.insert(key)
    }
    return items.filter { wanted.contains(client($0)) }
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
