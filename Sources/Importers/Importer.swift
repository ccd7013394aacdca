import CSV
import Domain

/// Reads input files into one ledger: recognises each file's format by its header, converts
/// the columns the format needs, and turns every row it cannot use into a diagnostic.
public enum Importer {
  /// Imports every file; throws the first file-level error (unreadable CSV, unknown header,
  /// dates that cannot be read without guessing).
  public static func importFiles(_ files: [InputFile], options: ImportOptions) throws(ImportError)
    -> ImportResult
  {
    var ledger = Ledger(clients: ClientDirectory(aliases: options.aliases))
    var diagnostics: [Diagnostic] = []
    var summaries: [FileSummary] = []
    for file in files {
      let importer = FileImporter(file: file, options: options)
      summaries.append(try importer.run(into: &ledger, diagnostics: &diagnostics))
    }
    LedgerChecks.removeDuplicateInvoices(&ledger, diagnostics: &diagnostics, files: &summaries)
    LedgerChecks.warnAboutEarlyPayments(ledger, diagnostics: &diagnostics)
    try CurrencyResolver(defaultCurrency: options.currency).resolve(&ledger)
    return ImportResult(
      ledger: ledger, diagnostics: diagnostics, files: summaries, clientMismatches: ClientMatching.suggestions(ledger))
  }
}
