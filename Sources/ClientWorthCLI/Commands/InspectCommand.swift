import Domain
import Importers

/// `clientworth inspect FILE...`: how each input file is read — format, kind, encoding, delimiter,
/// rows, dates, clients, every diagnostic — and which clients the time logs and invoices do not
/// share, before any report is run.
struct InspectCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    name: "inspect",
    abstract: "Show how each input file is read: its format, rows, dates, clients and every problem found.",
    discussion: """
      Nothing is computed: use it to check a new export before running a report. A file that matches \
      no format shows its header and the closest formats. Clients named only in time logs or only in \
      invoices are listed with the closest name from the other side and the "aliases" line to add to \
      clientworth.json. Exits with 65 when a file cannot be read.
      """)

  var input = InputOptions()
  var settings = SettingFlags()

  static let arguments: [Argument<Self>] =
    InputOptions.arguments.lifted(\.input)
    + [SettingsCatalog.currency, SettingsCatalog.dateOrder].compactMap(\.flagArgument).lifted(\.settings)

  /// Reads the settings (aliases, date order, currency) and the files, and describes them.
  func run(_ context: RunContext, stderr: inout some TextOutputStream) throws(CLIError) -> CommandOutput {
    let values = try SettingsLoader(fileSystem: context.fileSystem).load(
      config: input.config, inputs: input.files, flags: settings
    ).values
    let files: [InputFile]
    let inputs = InputFiles(fileSystem: context.fileSystem)
    let listing: InputFiles.Listing
    do {
      listing = try inputs.list(input.files)
      files = try inputs.open(listing)
    } catch {
      throw .input(error)
    }
    let (result, failures) = Self.importReadable(files, options: values.importOptions, importer: context.importer)
    let text = InspectionText(files: files, result: result, failures: failures, leftOut: listing.warnings).render()
    return CommandOutput(text: text, status: failures.isEmpty ? .success : .dataError)
  }

  /// Imports every file that can be read: a file whose import fails is set aside with its error
  /// and the rest are imported again, so one bad file does not hide what the others hold.
  static func importReadable(
    _ files: [InputFile], options: ImportOptions, importer: RunContext.ImportFunction
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
