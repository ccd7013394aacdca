import Domain
import Importers
import Localization

/// `clientworth inspect FILE...`: how each input file is read — format, kind, encoding, delimiter,
/// rows, dates, clients, every diagnostic — and which clients the time logs and invoices do not
/// share, before any report is run.
struct InspectCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    name: "inspect",
    abstract: LocalizedText(
      en: "Show how each input file is read: its format, rows, dates, clients and every problem found.",
      ar: "اعرض كيف يُقرأ كل ملف مُدخل: صيغته وصفوفه وتواريخه وعملاؤه وكل مشكلة وُجدت فيه."),
    discussion: LocalizedText(
      en: "Nothing is computed: use it to check a new export before running a report. A file that matches no format "
        + "shows its header and the closest formats. Clients named only in time logs or only in invoices are listed "
        + "with the closest name from the other side and the \"aliases\" line to add to clientworth.json. Exits with "
        + "65 when a file cannot be read, or when every row a file holds was skipped (a report would have nothing "
        + "from it).",
      ar: "لا يُحسب شيء: استخدمه لفحص ملف تصدير جديد قبل تشغيل تقرير. الملف الذي لا يطابق أي صيغة تُعرض ترويسته "
        + "وأقرب الصيغ إليه. والعملاء الذين لا يرد ذكرهم إلا في سجلات الوقت أو إلا في الفواتير يُسردون مع أقرب اسم "
        + "من الجهة الأخرى وسطر \(code: "\"aliases\"") الذي يُضاف إلى \(code: "clientworth.json"). ينتهي بالرمز "
        + "\(number: 65) إن تعذرت قراءة ملف، أو تُخطّيت كل صفوف ملف (فلا يجد التقرير فيه شيئًا)."))

  var input = InputOptions()
  var settings = SettingFlags()

  static let arguments: [Argument<Self>] =
    InputOptions.arguments.lifted(\.input)
    + [SettingsCatalog.currency, SettingsCatalog.dateOrder, SettingsCatalog.timeWithoutClient].compactMap(
      \.flagArgument
    ).lifted(\.settings)

  /// Reads the settings (aliases, date order, currency) and the files, and describes them.
  func run(_ context: RunContext, stderr: inout some TextOutputStream) throws(CLIError) -> CommandOutput {
    let values = try SettingsLoader(fileSystem: context.fileSystem).load(
      config: input.config, inputs: input.files, flags: settings
    ).values
    let files: [InputFile]
    let inputs = InputFiles(fileSystem: context.fileSystem)
    let listing: InputFiles.Listing
    do {
      listing = try inputs.list(input.files, recursive: input.recursive)
      files = try inputs.open(listing)
    } catch {
      throw .input(error)
    }
    let (result, failures) = Self.importReadable(files, options: values.importOptions, importer: context.importer)
    let text = InspectionText(
      files: files, result: result, failures: failures, leftOut: listing.warnings, locale: context.locale,
      width: context.width
    ).render()
    // A folder's file that matches no format is left out of a report with a warning (spec §1):
    // shown here with its header and the closest formats, it fails the inspection no more.
    let failing = failures.values.filter { !($0.unknownFormat && listing.foundInFolders.contains($0.file)) }
    // A file whose every row was skipped is read, but holds nothing a report could use.
    let unusable = result?.files.contains { $0.rowsRead > 0 && $0.rowsImported == 0 } ?? false
    return CommandOutput(text: text, status: failing.isEmpty && !unusable ? .success : .dataError)
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
