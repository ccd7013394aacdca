import Domain
import Foundation

/// The sample's rows as the cells of a Toggl Track detailed export and a native invoices file.
extension TimeExportSample {
  var timeRows: [[String]] { entries.map(\.cells) }
  var invoiceRows: [[String]] { invoices.map(\.cells) }

  /// `12.34`, `-0.05`: cents as major units with a dot, as Toggl writes `Amount (USD)`.
  static func money(_ cents: Int64) -> String {
    let rest = cents.magnitude % 100
    return (cents < 0 ? "-" : "") + "\(cents.magnitude / 100)." + (rest < 10 ? "0" : "") + "\(rest)"
  }

  /// `HH:MM:SS`, hours at least two digits and past 24 when the time is (Toggl's `Duration`).
  static func clock(_ seconds: Int64) -> String {
    func two(_ value: Int64) -> String { value < 10 ? "0\(value)" : "\(value)" }
    return "\(two(seconds / 3600)):\(two(seconds / 60 % 60)):\(two(seconds % 60))"
  }
}

extension TimeExportSample.Entry {
  /// The Toggl row: end date and time follow from the start and the duration.
  var cells: [String] {
    let end = Int64(start) + seconds
    return [
      user, user.lowercased().filter(\.isLetter) + "@example.com", spelling, "Project \(client % 5)", "", description,
      billable ? "Yes" : "No", day.description, TimeExportSample.clock(Int64(start)),
      (day + Int(end / 86_400)).description, TimeExportSample.clock(end % 86_400),
      TimeExportSample.clock(seconds), "", amountCents.map(TimeExportSample.money) ?? "",
    ]
  }
}

extension TimeExportSample.Invoice {
  /// The native invoice row: no due date (issue date + 30 days) and no payment.
  var cells: [String] {
    [number, spelling, issued.description, "", TimeExportSample.money(cents), "USD", status, "", ""]
  }
}

/// How a table of cells is written as CSV text: line ends, byte order mark, quoting.
struct CSVLayout: Sendable, CustomStringConvertible {
  var lineEnd = "\n"
  var byteOrderMark = false
  var quoteAll = false

  /// RFC 4180: a cell with a comma, a quote or a line break is quoted, its quotes doubled.
  func text(_ header: [String], _ rows: [[String]]) -> String {
    var text = byteOrderMark ? "\u{FEFF}" : ""
    for row in [header] + rows {
      for (index, cell) in row.enumerated() {
        if index > 0 { text += "," }
        // Bytes, not Characters: `\r\n` is one Character, and 40 MB of grapheme breaking is slow in debug.
        let quotes = cell.utf8.contains(UInt8(ascii: "\""))
        let needsQuotes = quoteAll || quotes || cell.utf8.contains { $0 == 0x2C || $0 == 0x0A || $0 == 0x0D }
        let body = quotes ? cell.replacingOccurrences(of: "\"", with: "\"\"") : cell
        text += needsQuotes ? "\"" + body + "\"" : cell
      }
      text += lineEnd
    }
    return text
  }

  var description: String {
    [lineEnd == "\r\n" ? "CRLF" : "LF", byteOrderMark ? "BOM" : "", quoteAll ? "quote all" : ""]
      .filter { !$0.isEmpty }.joined(separator: ", ")
  }
}
