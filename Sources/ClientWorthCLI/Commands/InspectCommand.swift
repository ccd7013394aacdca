import Domain
import Importers

/// `clientworth inspect FILE...`: how each input file is read — format, kind, encoding, delimiter,
/// rows, dates, clients, every diagnostic — and which clients the time logs and invoices do not
/// share, before any report is run.
enum InspectCommand {
  static let spec = CommandSpec(
    name: "inspect", parent: "clientworth",
    abstract: "Show how each input file is read: its format, rows, dates, clients and every problem found.",
    discussion: """
      Nothing is computed: use it to check a new export before running a report. A file that matches \
      no format shows its header and the closest formats. Clients named only in time logs or only in \
      invoices are listed with the closest name from the other side and the "aliases" line to add to \
      clientworth.json. Exits with 65 when a file cannot be read.
      """,
    options: [AnalysisOptions.config, AnalysisOptions.currency, AnalysisOptions.dateOrder],
    positional: AnalysisOptions.files)

  /// The inspection text and the exit status it calls for.
  struct Outcome: Sendable {
    let text: String
    let status: ExitStatus
  }

  /// Reads the settings (aliases, date order, currency) and the files, and describes them.
  static func run(
    parsed: ParsedArguments, fileSystem: FileSystem, importer: AnalysisRun.ImportFunction
  ) throws(CLIError) -> Outcome {
    let options = try SettingsLoader(fileSystem: fileSystem).load(parsed).values.importOptions
    let files: [InputFile]
    let inputs = InputFiles(fileSystem: fileSystem)
    let listing: InputFiles.Listing
    do {
      listing = try inputs.list(parsed.positionals)
      files = try inputs.open(listing)
    } catch {
      throw .input(error)
    }
    let (result, failures) = importReadable(files, options: options, importer: importer)
    let text = InspectionText(files: files, result: result, failures: failures, leftOut: listing.warnings).render()
    return Outcome(text: text, status: failures.isEmpty ? .success : .dataError)
  }

  /// Imports every file that can be read: a file whose import fails is set aside with its error
  /// and the rest are imported again, so one bad file does not hide what the others hold.
  static func importReadable(
    _ files: [InputFile], options: ImportOptions, importer: AnalysisRun.ImportFunction
  ) -> (ImportResult?, [String: ImportError]) {
    var remaining = files
    var failures: [String: ImportError] = [:]
    while !remaining.isEmpty {
      do {
        return (try importer(remaining, options), failures)
      } catch {
        // An error no single file is to blame for ends the search; it is shown for every file.
        guard remaining.contains(where: { $0.path == error.file }) else {
          for file in remaining { failures[file.path] = error }
          return (nil, failures)
        }
        failures[error.file] = error
        remaining.removeAll { $0.path == error.file }
      }
    }
    return (nil, failures)
  }
}
