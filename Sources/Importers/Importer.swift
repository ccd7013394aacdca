import CSV
import Domain
import Localization
import Parallel

/// Reads input files into one ledger: recognises each file's format by its header, converts
/// the columns the format needs, and turns every row it cannot use into a diagnostic.
public enum Importer {
  /// Imports every file; throws the first file-level error (unreadable CSV, unknown header,
  /// dates that cannot be read without guessing), first in the order the files were given.
  public static func importFiles(_ files: [InputFile], options: ImportOptions) throws(ImportError)
    -> ImportResult
  {
    var ledger = Ledger(clients: ClientDirectory(aliases: options.aliases))
    var diagnostics: [Diagnostic] = []
    var summaries: [FileSummary] = []
    var statistics: [ReadStatistics] = []
    var perFile: [(losses: [Diagnostic], diagnostics: [Diagnostic])] = []
    // Each file is imported apart and added in the order given, so the ledger and every message
    // are the same whichever file was done first.
    // Taken from the end, so that each file's facts are held once while they are added.
    var results = Array(importEach(files, options: options).reversed())
    while let imported = results.popLast() {
      var file = try imported.get()
      var facts = Ledger()
      swap(&facts, &file.facts)
      do {
        try ledger.append(consume facts)
      } catch {
        throw ImportError(file: file.summary.path, text: .timeOverflow(error))
      }
      perFile.append((file.losses, file.diagnostics))
      summaries.append(file.summary)
      statistics.append(file.statistics)
    }
    do {
      try settleOnBothCores(&ledger.timeEntries)
    } catch {
      throw ImportError(file: summaries.last?.path ?? "", text: .timeOverflow(error))
    }
    // A payments file gives the dates an invoices file lacks.
    for file in perFile { diagnostics += (ledger.payments.isEmpty ? file.losses : []) + file.diagnostics }
    // The clients only one side knows depend on the clients alone, which the checks below leave
    // as they are (a repeated invoice has its first's client), and the dates far from all others
    // on the dates alone: found meanwhile, on the other core.
    let mismatches = BackgroundWork { [ledger] in (ClientMatching.suggestions(ledger), DateGapCheck.warnings(ledger)) }
    mismatches.start()
    LedgerChecks.mergeChargesIntoTheirInvoices(&ledger, diagnostics: &diagnostics)
    LedgerChecks.removeDuplicateInvoices(&ledger, diagnostics: &diagnostics, files: &summaries)
    LedgerChecks.warnAboutEarlyPayments(ledger, diagnostics: &diagnostics)
    let resolved = Result { () throws(ImportError) in
      try CurrencyResolver(defaultCurrency: options.currency).resolve(&ledger)
    }
    let (clientMismatches, strayDates) = mismatches.wait()
    diagnostics += try resolved.get()
    diagnostics += strayDates
    var result = ImportResult(
      ledger: ledger, diagnostics: diagnostics, files: summaries, clientMismatches: clientMismatches)
    result.statistics = statistics
    return result
  }

  /// Entries a log must have waiting for its settling to be split across two cores.
  static let entriesSettledOnBothCores = 1 << 15

  /// Settles the log, the clients holding about half its entries on a second core.
  private static func settleOnBothCores(_ log: inout TimeLog) throws(TimeLog.Overflow) {
    guard log.count >= entriesSettledOnBothCores else { return try log.settle() }
    let later = log.takeLaterClients()
    let (mine, theirs) = bothAtOnce(
      { Result { () throws(TimeLog.Overflow) in try log.settle() } },
      handing: later,
      to: { (clients: consuming TimeLog.Clients) in
        var clients = consume clients
        return Result { () throws(TimeLog.Overflow) -> TimeLog.Clients in
          try clients.settle()
          return clients
        }
      })
    // The earlier clients' overflow first, as one pass over the clients in order would find it.
    try mine.get()
    log.putBack(try theirs.get())
  }

  /// Each file's import, in the order given. The largest file is imported on this thread; the
  /// others, one after another, on a second thread started at once. (It shares the cores with the
  /// largest file's parts when that is read in two parts at once, rather than waiting for them:
  /// what follows the parts uses both cores too, and the main thread would wait for it there.)
  private static func importEach(_ files: [InputFile], options: ImportOptions) -> [Result<
    FileImporter.Imported, ImportError
  >] {
    @Sendable func imported(_ file: InputFile) -> Result<FileImporter.Imported, ImportError> {
      Result { () throws(ImportError) in try FileImporter(file: file, options: options).run() }
    }
    guard let largest = files.indices.max(by: { files[$0].contents.count < files[$1].contents.count }),
      files.count > 1
    else { return files.map(imported) }
    let others = BackgroundWork { files.indices.filter { $0 != largest }.map { imported(files[$0]) } }
    others.start()
    let first = imported(files[largest])
    var results = others.wait()
    results.insert(first, at: largest)
    return results
  }
}
