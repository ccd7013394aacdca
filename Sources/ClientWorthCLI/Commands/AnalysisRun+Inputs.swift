import Domain
import Importers
import Localization

extension AnalysisRun {
  /// Imports the files; a file found in a folder whose header matches no format is left out with
  /// a warning and the rest imported again (spec §1), unless `--strict` makes it an error. A file
  /// named on the command line that matches no format is always an error.
  func importLeavingOut(
    _ files: [InputFile], listing: InputFiles.Listing, options importOptions: ImportOptions,
    stderr: inout some TextOutputStream
  ) throws(CLIError) -> ImportResult {
    var files = files
    while true {
      do {
        return try context.importer(files, importOptions)
      } catch {
        guard error.unknownFormat, !options.messages.strict, listing.foundInFolders.contains(error.file),
          files.count > 1
        else { throw .importFailed(error) }
        files.removeAll { $0.path == error.file }
        write([.leftOut(error)], each: true, to: &stderr)
      }
    }
  }
}

extension Diagnostic {
  /// The warning for a folder's file that matches no format: left out, the run goes on.
  fileprivate static func leftOut(_ error: ImportError) -> Diagnostic {
    Diagnostic(
      file: error.file, line: nil, column: nil, severity: .warning,
      text: LocalizedText(
        en:
          "left out: \(error.text) (a file of a folder that matches no format is skipped; name it, or "
          + "pass --strict, to make it an error)",
        ar: "استُبعد: \(error.text) (يُتخطّى ملف المجلد الذي لا يطابق أي صيغة؛ سمِّه أو مرّر "
          + "\(code: "--strict") ليصير ذلك خطأً)"),
      cause: "unknown-format")
  }
}
