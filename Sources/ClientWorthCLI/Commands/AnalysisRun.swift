import Analysis
import Domain
import Importers
import Localization
import Reports

/// What `report`, `decide` and `trend` share: settings → input files → import → report currency →
/// the settings and ledger the calculation runs on; and how their output and messages are
/// written. Touches the file system only to read; the caller writes the result.
struct AnalysisRun {
  /// What the calculation runs on.
  struct Prepared: Sendable {
    let settings: Settings
    let ledger: Ledger
    /// The import's diagnostics and the settings' warnings, for the JSON's `diagnostics`.
    let diagnostics: [Diagnostic]
    /// The clients `--client` and `--exclude-client` leave in; nil: all.
    let filter: ClientFilter?
    let resolver: SettingsResolver
    /// The files the output must never replace (the inputs and the settings file).
    let protected: [FileIdentity: LocalizedText]
  }

  let options: AnalysisOptions
  let context: RunContext

  /// Reads the settings and the files and resolves the settings against the data. `money` holds
  /// the command's own amounts (`--refund`), checked with the money settings before the import
  /// when the report currency is known by then.
  func prepare(money: [MajorAmount] = [], stderr: inout some TextOutputStream) throws(CLIError) -> Prepared {
    let period: PeriodBounds
    do {
      period = try options.period.resolved(today: context.today)
    } catch {
      throw context.usageError(error)
    }
    let (values, settingsFile) = try SettingsLoader(fileSystem: context.fileSystem).load(
      config: options.input.config, inputs: options.input.files, flags: options.settings)
    let resolver = SettingsResolver(values: values, settingsFile: settingsFile)
    try resolver.checkMoneyBeforeImport(money)
    let inputs = InputFiles(fileSystem: context.fileSystem)
    let listing: InputFiles.Listing
    do {
      listing = try inputs.list(options.input.files, recursive: options.input.recursive)
    } catch {
      throw .input(error)
    }
    let protected = inputs.protectedFiles(listing, settingsFile: settingsFile)
    // A mistaken --output is refused before anything is read.
    if let destination = options.output.output {
      do {
        try OutputFile(
          path: destination, absolutePath: context.fileSystem.absolute(destination), protected: protected
        ).checkNotProtected()
      } catch {
        throw .output(error)
      }
    }
    write(listing.warnings, each: true, to: &stderr)
    let files: [InputFile]
    do {
      files = try inputs.open(listing)
    } catch {
      throw .input(error)
    }
    let imported = try importLeavingOut(files, listing: listing, options: values.importOptions, stderr: &stderr)
    if options.messages.verbose { report(imported.files, statistics: imported.statistics, to: &stderr) }
    write(imported.diagnostics, to: &stderr)
    if !options.messages.quiet {
      // Never merged beyond the spec's key: a name only one side knows is said, with the alias to add.
      for mismatch in imported.clientMismatches {
        let warning = Diagnostic(file: "", line: nil, column: nil, severity: .warning, text: .mismatch(mismatch))
        stderr.write(PrintableText.of(warning.rendered(in: context.locale)) + "\n")
      }
    }
    let skipped = imported.diagnostics.filter { $0.severity == .error }.count
    if options.messages.strict && skipped > 0 { throw .strict(skippedRows: skipped) }
    let rowsRead = imported.files.map(\.rowsRead).reduce(0, +)
    if rowsRead > 0 && imported.files.allSatisfy({ $0.rowsImported == 0 }) {
      throw .nothingImported(skippedRows: rowsRead)
    }
    let resolution = try resolver.resolve(imported.ledger, period: period)
    write(resolution.warnings, to: &stderr)
    let filter: ClientFilter?
    do {
      filter = try options.selection.filter(imported.ledger)
    } catch {
      throw context.usageError(error)
    }
    return Prepared(
      settings: resolution.settings, ledger: resolution.ledger,
      diagnostics: imported.diagnostics + resolution.warnings, filter: filter, resolver: resolver,
      protected: protected)
  }

  /// Colour and width for the renderers, from `--color`, the terminal and the environment; `wide`
  /// keeps every column of a table (`--wide`).
  func renderOptions(wide: Bool = false) -> RenderOptions {
    let writingToFile = options.output.output != nil
    let color: Bool
    switch options.output.color {
    case .always: color = true
    case .never: color = false
    case .auto: color = context.terminal.color(environment: context.environment, writingToFile: writingToFile)
    }
    return RenderOptions(color: color, width: context.width, wide: wide, locale: context.locale)
  }

  /// The rendered text, to standard output or the `--output` file (never an input of `prepared`).
  func output(_ text: String, of prepared: Prepared) -> CommandOutput {
    CommandOutput(text: text, destination: options.output.output, protected: prepared.protected)
  }

  /// Diagnostics for standard error, one line per cause and file (`each`, or under `--verbose`,
  /// one a diagnostic): all of them, or only errors (skipped rows) under `--quiet`.
  func write(_ diagnostics: [Diagnostic], each: Bool = false, to stderr: inout some TextOutputStream) {
    let shown = options.messages.quiet ? diagnostics.filter { $0.severity == .error } : diagnostics
    stderr.write(DiagnosticText.render(shown, verbose: each || options.messages.verbose, context.locale))
  }

  /// The trend by `interval` (`trend`, `report --monthly`); its warnings go to `stderr`.
  func trendText(
    _ prepared: Prepared, interval: TrendInterval, wide: Bool, stderr: inout some TextOutputStream
  ) throws(CLIError) -> String {
    var trend: TrendReport
    do {
      trend = try TrendCalculator.trend(
        ledger: prepared.ledger, settings: prepared.settings, interval: interval, filter: prepared.filter)
    } catch {
      throw .tooManyPeriods(error, interval)
    }
    write(trend.diagnostics, to: &stderr)
    trend.diagnostics = prepared.diagnostics + trend.diagnostics
    var text = ""
    TrendRenderer.render(trend, format: options.output.format, options: renderOptions(wide: wide), to: &text)
    return text
  }

  /// One line per file: its format and how its rows were accounted for; then a line for each
  /// time the file had to be read again, with the reason.
  private func report(
    _ summaries: [FileSummary], statistics: [ReadStatistics], to stderr: inout some TextOutputStream
  ) {
    for file in summaries {
      stderr.write(
        context.locale(
          LocalizedText(
            en: "\(path: file.path): \(code: file.format): \(plain: file.rowsRead) rows read, "
              + "\(plain: file.rowsImported) imported, \(plain: file.rowsSkipped) skipped",
            ar: "\(path: file.path): \(code: file.format): قُرئ من الصفوف \(plain: file.rowsRead)، واستُورد "
              + "\(plain: file.rowsImported)، وتُخطّي \(plain: file.rowsSkipped)")) + "\n")
      for reason in statistics.first(where: { $0.path == file.path })?.rereads ?? [] {
        stderr.write(
          context.locale(
            LocalizedText(
              en: "\(path: file.path): read again: \(reason)", ar: "\(path: file.path): قُرئ مرة أخرى: \(reason)"))
            + "\n")
      }
    }
  }
}

extension ClientMismatch {
  /// The alias as a line of `clientworth.json`, names escaped as JSON: `"Acme Corp": "ACME Corporation"`.
  var aliasLine: String? {
    alias.map { JSONWriter.quoted($0.spelling) + ": " + JSONWriter.quoted($0.target) }
  }
}

extension LocalizedText {
  /// `client 'Acme Corp' appears in time logs but not in invoices; closest in invoices: 'Acme'. If they
  /// are one client, add to "aliases" in clientworth.json: "Acme Corp": "Acme"`.
  static func mismatch(_ mismatch: ClientMismatch) -> LocalizedText {
    let (side, other) = (mismatch.side.text, mismatch.side.other)
    var text = LocalizedText(
      en: "client '\(name: mismatch.name)' appears in \(side) but not in \(other)",
      ar: "العميل «\(name: mismatch.name)» مذكور في \(side) وغير مذكور في \(other)")
    if let suggestion = mismatch.suggestion, let aliasLine = mismatch.aliasLine {
      text =
        text
        + LocalizedText(
          en: "; closest in \(other): '\(name: suggestion)'. If they are one client, add to \"aliases\" in "
            + "clientworth.json: \(code: aliasLine)",
          ar: "؛ وأقرب اسم إليه في \(other): «\(name: suggestion)». إن كانا عميلًا واحدًا، فأضف إلى "
            + "\(code: "\"aliases\"") في \(code: "clientworth.json"): \(code: aliasLine)")
    }
    return text
  }
}
