import Domain
import Testing

@testable import Importers

/// Imports files and checks what every import owes its reader, whatever the test is about: each
/// file's rows read are its rows imported plus its rows skipped, every skipped row is said at its
/// line and column, and every diagnostic about a row names its cause.
func importAccounted(_ files: [InputFile], options: ImportOptions = ImportOptions()) throws(ImportError)
  -> ImportResult
{
  let result = try Importer.importFiles(files, options: options)
  expectAccounted(result)
  return result
}

/// The accounting `importAccounted` checks, for a result obtained some other way.
func expectAccounted(_ result: ImportResult, sourceLocation: SourceLocation = #_sourceLocation) {
  for file in result.files {
    #expect(
      file.rowsRead == file.rowsImported + file.rowsSkipped,
      "\(file.path): \(file.rowsRead) read, \(file.rowsImported) imported, \(file.rowsSkipped) skipped",
      sourceLocation: sourceLocation)
    let rowDiagnostics = result.diagnostics.filter { $0.file == file.path && $0.line != nil }
    #expect(
      rowDiagnostics.count >= file.rowsSkipped, "\(file.path): a skipped row went unmentioned",
      sourceLocation: sourceLocation)
  }
  for diagnostic in result.diagnostics where diagnostic.line != nil {
    #expect(diagnostic.cause != nil, "no cause: \(diagnostic)", sourceLocation: sourceLocation)
  }
  for diagnostic in result.diagnostics where diagnostic.message.hasSuffix("skipped") {
    #expect(
      diagnostic.line != nil && diagnostic.column != nil, "a skipped row without its line and column: \(diagnostic)",
      sourceLocation: sourceLocation)
  }
}
