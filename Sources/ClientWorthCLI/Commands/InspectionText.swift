import Domain
import Importers
import Reports

/// The text `clientworth inspect` prints: one block per file in the order given, then the
/// clients the time logs and the invoices do not share.
struct InspectionText {
  let files: [InputFile]
  /// The import of the files that could be read; nil when none could.
  let result: ImportResult?
  /// The error of each file that could not be read, by path.
  let failures: [String: ImportError]
  /// The folder entries that were not read (pipes, devices, broken links).
  var leftOut: [Diagnostic] = []

  /// The text, with every character from the data that could drive a terminal made harmless.
  func render() -> String {
    var blocks = files.map { file in block(for: file.path) }
    if !leftOut.isEmpty { blocks.append("Left out:\n" + leftOut.map { "  \($0)\n" }.joined()) }
    if let result, let clients = clientsBlock(result) { blocks.append(clients) }
    if let result {
      let paths = Set(files.map(\.path))
      let other = result.diagnostics.filter { !paths.contains($0.file) }
      if !other.isEmpty { blocks.append("Other diagnostics:\n" + other.map { "  \($0)\n" }.joined()) }
    }
    return PrintableText.lines(blocks.joined(separator: "\n"))
  }

  private func block(for path: String) -> String {
    var text = "\(path)\n"
    if let error = failures[path] {
      let lines = ErrorPresenter.present(.importFailed(error)).message.split(separator: "\n")
      text += "  not read: " + (lines.first.map(String.init) ?? "") + "\n"
      return text + lines.dropFirst().map { "  \($0)\n" }.joined()
    }
    guard let result, let summary = result.files.first(where: { $0.path == path }) else { return text }
    let kind = summary.kind.map { " (\($0.rawValue))" } ?? ""
    text += "  format:      \(summary.format)\(kind)\n"
    text += "  encoding:    \(summary.encoding), delimiter \(Self.name(of: summary.delimiter))\n"
    text +=
      "  rows:        \(summary.rowsRead) read, \(summary.rowsImported) imported, \(summary.rowsSkipped) skipped\n"
    if let first = summary.firstDay, let last = summary.lastDay {
      text += "  dates:       \(first) to \(last)\n"
    } else {
      text += "  dates:       none\n"
    }
    let clients = summary.clients.map { result.ledger.clients.displayName(for: $0) }.sorted()
    text += "  clients:     \(clients.isEmpty ? "none" : clients.joined(separator: ", "))\n"
    let diagnostics = result.diagnostics.filter { $0.file == path }
    if diagnostics.isEmpty {
      text += "  diagnostics: none\n"
    } else {
      text += "  diagnostics:\n" + diagnostics.map { "    \($0)\n" }.joined()
    }
    return text
  }

  /// The clients found on one side only, with the alias line to add; nil when the data has no
  /// time logs or no invoices to compare.
  private func clientsBlock(_ result: ImportResult) -> String? {
    guard !result.ledger.timeEntries.isEmpty, !result.ledger.invoices.isEmpty else { return nil }
    guard !result.clientMismatches.isEmpty else {
      return "Clients: the time logs and the invoices name the same clients.\n"
    }
    var text = ""
    for side in [ClientMismatch.Side.timeLogs, .invoices] {
      let mismatches = result.clientMismatches.filter { $0.side == side }
      guard !mismatches.isEmpty else { continue }
      let other = side == .timeLogs ? "invoices" : "time logs"
      text += "Clients in \(side.rawValue) but not in \(other):\n"
      for mismatch in mismatches {
        guard let suggestion = mismatch.suggestion, let aliasLine = mismatch.aliasLine else {
          text += "  \(mismatch.name): no close name in \(other)\n"
          continue
        }
        text += "  \(mismatch.name): closest in \(other) is '\(suggestion)'\n"
        text += "    if they are one client, add to \"aliases\" in clientworth.json: \(aliasLine)\n"
      }
    }
    return text
  }

  private static func name(of delimiter: Character) -> String {
    switch delimiter {
    case ",": "comma"
    case ";": "semicolon"
    case "\t": "tab"
    case "|": "pipe"
    default: "'\(delimiter)'"
    }
  }
}
