/// libFuzzer target for the importers. Built against the CSV and Domain modules (see scripts/fuzz.sh).
/// Every input is imported as one file, alone and (split at a byte the input picks) as two files; the
/// import may fail with an ``ImportError`` but must never crash, and every file's rows must be
/// accounted for: `rowsRead == rowsImported + rowsSkipped`, none negative.
import CSV
import Domain

/// Imports `files` and checks the row accounting of every file summary; returns what was imported,
/// as text, or the error.
@discardableResult
func fuzzImport(_ files: [InputFile], options: ImportOptions) -> String {
  let result: ImportResult
  do {
    result = try Importer.importFiles(files, options: options)
  } catch {
    return "error: \(error) \(error.details)"
  }
  precondition(result.files.count == files.count, "a file without a summary")
  for summary in result.files {
    precondition(summary.rowsRead == summary.rowsImported + summary.rowsSkipped, "rows not accounted for")
    precondition(summary.rowsRead >= 0 && summary.rowsImported >= 0 && summary.rowsSkipped >= 0, "negative rows")
  }
  let files = result.files.map { summary in
    "\(summary.path) \(summary.format) \(summary.rowsRead) \(summary.rowsImported) \(summary.rowsSkipped) "
      + "\(summary.firstDay.map(String.init(describing:)) ?? "-") \(summary.clients.map(\.normalized).sorted())"
  }
  // Plain text of each fact, cheaper than their reflected descriptions.
  let ledger = result.ledger
  var text = ledger.timeEntries.map { entry in
    "\(entry.day.daysSinceEpoch) \(entry.client.normalized) \(entry.project ?? "-") \(entry.person ?? "-") "
      + "\(entry.seconds) \(entry.billable) \(entry.value?.minorUnits ?? 0) \(entry.position?.line ?? 0)"
  }
  text += ledger.invoices.map { "\($0.number) \($0.client.normalized) \($0.amount) \($0.position?.line ?? 0)" }
  text += ledger.payments.map { "\($0.invoiceNumber) \($0.amount) \($0.position?.line ?? 0)" }
  text += ledger.expenses.map { "\($0.client.normalized) \($0.amount) \($0.position?.line ?? 0)" }
  text += ledger.incidents.map { "\($0.client.normalized) \($0.day.daysSinceEpoch)" }
  return (text + result.diagnostics.map(\.description) + files).joined(separator: "\n")
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
  let data = Array(UnsafeBufferPointer(start: start, count: count))
  let whole = fuzzImport([InputFile(path: "f.csv", bytes: data)], options: ImportOptions())
  // In small chunks (a file of four or more is read in two parts at once): the engine's fast way
  // must import what one pass does, message for message.
  var chunked = ImportOptions()
  chunked.chunkBytes = max(1, count / 5)
  precondition(
    fuzzImport([InputFile(path: "f.csv", bytes: data)], options: chunked) == whole, "chunks or parts read otherwise")
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
