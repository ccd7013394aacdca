/// libFuzzer target for the importers. Built against the CSV and Domain modules (see scripts/fuzz.sh).
/// Every input is imported as one file, alone and (split at a byte the input picks) as two files; the
/// import may fail with an ``ImportError`` but must never crash, and every file's rows must be
/// accounted for: `rowsRead == rowsImported + rowsSkipped`, none negative.
import CSV
import Domain

/// Imports `files` and checks the row accounting of every file summary.
func fuzzImport(_ files: [InputFile], options: ImportOptions) {
  guard let result = try? Importer.importFiles(files, options: options) else { return }
  precondition(result.files.count == files.count, "a file without a summary")
  for summary in result.files {
    precondition(summary.rowsRead == summary.rowsImported + summary.rowsSkipped, "rows not accounted for")
    precondition(summary.rowsRead >= 0 && summary.rowsImported >= 0 && summary.rowsSkipped >= 0, "negative rows")
  }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
  let data = Array(UnsafeBufferPointer(start: start, count: count))
  fuzzImport([InputFile(path: "f.csv", bytes: data)], options: ImportOptions())
  fuzzImport(
    [InputFile(path: "f.csv", bytes: data)],
    options: ImportOptions(aliases: ["acme": "Acme Corp"], dateOrder: .dmy, currency: Currency(code: "EUR")))
  if let newline = data.firstIndex(of: 0x0A) {
    // The header and the rest as two files of the same kind, and the input twice (duplicates across files).
    let header = Array(data[...newline])
    let split = count > 2 ? Int(data[count - 1]) % count : 0
    let second = header + data[max(split, newline + 1)...]
    fuzzImport(
      [InputFile(path: "a.csv", bytes: data), InputFile(path: "b.csv", bytes: Array(second))],
      options: ImportOptions())
  }
  return 0
}
