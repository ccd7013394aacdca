import CSV
import Domain

/// Reads input files into one ledger: recognises each file's format by its header, converts
/// the columns the format needs, and turns every row it cannot use into a diagnostic.
public enum Importer {
  /// Imports every file; throws the first file-level error (unreadable CSV, unknown header).
  public static func importFiles(_ files: [InputFile], options: ImportOptions) throws(ImportError)
    -> ImportResult
  {
    // Placeholder until the native importers land.
    ImportResult(ledger: Ledger(clients: ClientDirectory(aliases: options.aliases)), diagnostics: [], files: [])
  }
}
