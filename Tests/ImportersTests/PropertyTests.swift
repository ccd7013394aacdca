import Foundation
import TestSupport
import Testing

/// A random ledger as native CSV cells: time, invoices and payments for a few clients, all in USD
/// and all dated before the fixed asOf, with some payments above their invoice (overpayments).
struct RandomLedger {
  static let timeHeader = [
    "date", "client", "project", "task", "person", "hours", "billable", "rate", "amount",
    "currency", "description",
  ]
  static let invoiceHeader = [
    "invoice", "client", "issue_date", "due_date", "amount", "currency", "status",
    "paid_date", "paid_amount",
  ]
  static let paymentHeader = ["invoice", "date", "amount", "currency"]

  var time: [[String]] = []
  var invoices: [[String]] = []
  var payments: [[String]] = []
  /// Cents paid above each client's invoices, summed per client.
  var overpaid: [String: Int64] = [:]

  init(seed: UInt64) {
    var random = SeededRandom(state: seed)
    let clients = ["Acme", "Bluebird; Bakery", "Crane \"K\" Ltd", "Delta, Inc"]
    for _ in 0..<Int.random(in: 5...25, using: &random) {
      let client = clients.randomElement(using: &random) ?? "Acme"
      let quarters = Int.random(in: 1...40, using: &random)
      let day = Int.random(in: 1...28, using: &random)
      let hours = "\(quarters / 4).\(["00", "25", "50", "75"][quarters % 4])"
      time.append(["2026-03-" + Self.two(day), client, "Site", "Build", "me", hours, "yes", "100.00", "", "USD", "w"])
    }
    for number in 1...Int.random(in: 2...10, using: &random) {
      let client = clients.randomElement(using: &random) ?? "Acme"
      let cents = Int64.random(in: 1_000...500_000, using: &random)
      invoices.append(["INV-\(number)", client, "2026-04-01", "", Self.money(cents), "USD", "open", "", ""])
      if Bool.random(using: &random) {
        let paid = cents + (Bool.random(using: &random) ? Int64.random(in: 0...5_000, using: &random) : -cents / 2)
        payments.append([
          "INV-\(number)", "2026-04-" + Self.two(Int.random(in: 2...28, using: &random)),
          Self.money(paid), "USD",
        ])
        overpaid[client, default: 0] += max(0, paid - cents)
      }
    }
  }

  static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

  static func money(_ cents: Int64) -> String {
    let rest = cents % 100
    return "\(cents / 100)." + two(Int(rest))
  }
}

/// How one variant writes a table of cells as a file.
struct Encoding: Sendable {
  var delimiter = ","
  var lineEnd = "\n"
  var byteOrderMark = false
  var quoteAll = false
  var decimalComma = false

  func write(_ header: [String], _ rows: [[String]]) -> String {
    let lines = ([header] + rows).map { row in
      row.map { cell -> String in
        var text = cell
        if decimalComma, cell.first?.isNumber == true, cell.contains("."), !cell.contains("-") {
          text = cell.replacingOccurrences(of: ".", with: ",")
        }
        let needsQuotes =
          quoteAll || text.contains(delimiter) || text.contains("\"") || text.contains("\n")
        return needsQuotes ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
      }.joined(separator: delimiter)
    }
    return (byteOrderMark ? "\u{FEFF}" : "") + lines.joined(separator: lineEnd) + lineEnd
  }
}

/// Re-arranging or re-encoding the same ledger never changes the report, and the report's own
/// sums hold, over seeded random ledgers run through the real binary.
@Suite struct PropertyTests {
  static let seeds: [UInt64] = [1, 2, 3, 5, 8, 13]

  /// Writes the ledger's files into a fresh folder and returns the JSON report of that folder.
  static func report(_ files: [String: String]) throws -> ClientWorthRun {
    let folder = try Workdir()
    defer { folder.remove() }
    for (name, text) in files { try folder.write(name, text) }
    return try RunClientWorth.run(
      ["report", "--format", "json", "--as-of", "2026-06-30", "--cost-rate", "50"], in: folder.url)
  }

  static func files(_ ledger: RandomLedger, _ encoding: Encoding = Encoding()) -> [String: String] {
    [
      "time.csv": encoding.write(RandomLedger.timeHeader, ledger.time),
      "invoices.csv": encoding.write(RandomLedger.invoiceHeader, ledger.invoices),
      "payments.csv": encoding.write(RandomLedger.paymentHeader, ledger.payments),
    ]
  }

  @Test(arguments: seeds) func rearrangingAndReencodingKeepTheReport(_ seed: UInt64) throws {
    let ledger = RandomLedger(seed: seed)
    let base = try Self.report(Self.files(ledger))
    #expect(base.status == 0)
    // Only the client-matching warnings may appear (a random client can have time and no invoice),
    // and the note that the ledger ends weeks before the fixed as-of.
    #expect(
      base.stderr.split(separator: "\n").allSatisfy {
        $0.hasPrefix("warning: client ") || $0.hasPrefix("note: the input's latest date is ")
      })
    #expect(
      base.stdout.contains("\"client\": \"Crane \\\"K\\\" Ltd\"")
        || !ledger.time.contains { $0[1] == "Crane \"K\" Ltd" })

    var random = SeededRandom(state: seed &* 31)
    var shuffled = ledger
    shuffled.time.shuffle(using: &random)
    shuffled.invoices.shuffle(using: &random)
    shuffled.payments.shuffle(using: &random)
    let shuffledRun = try Self.report(Self.files(shuffled))
    #expect(shuffledRun.stdout == base.stdout)
    #expect(shuffledRun.stderr == base.stderr)

    let half = ledger.time.count / 2
    let plain = Encoding()
    var split = Self.files(ledger)
    split["time.csv"] = plain.write(RandomLedger.timeHeader, Array(ledger.time[..<half]))
    split["time-2.csv"] = plain.write(RandomLedger.timeHeader, Array(ledger.time[half...]))
    #expect(try Self.report(split).stdout == base.stdout)

    let encodings = [
      Encoding(lineEnd: "\r\n"), Encoding(byteOrderMark: true), Encoding(quoteAll: true),
      Encoding(delimiter: ";", decimalComma: true),
    ]
    for encoding in encodings {
      let run = try Self.report(Self.files(ledger, encoding))
      #expect(run.status == 0)
      #expect(run.stdout == base.stdout, "\(encoding)")
    }
  }

  /// Two-decimal JSON numbers as cents (test-only reading of the output; exact at these sizes).
  static func cents(_ value: Any?) -> Int64 {
    guard let number = value as? NSNumber else { return Int64.min }
    return Int64((number.doubleValue * 100).rounded())
  }

  @Test(arguments: seeds) func totalsAreTheSumAndCollectedIsBounded(_ seed: UInt64) throws {
    let ledger = RandomLedger(seed: seed)
    let run = try Self.report(Self.files(ledger))
    let json = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
    let clients = try #require(json?["clients"] as? [[String: Any]])
    let totals = try #require(json?["totals"] as? [String: Any])
    #expect(!clients.isEmpty)
    for key in ["hours", "billableValue", "invoiced", "collected", "outstanding", "expenses", "cost", "profit"] {
      #expect(clients.map { Self.cents($0[key]) }.reduce(0, +) == Self.cents(totals[key]), "\(key)")
    }
    for client in clients {
      let name = client["client"] as? String ?? ""
      #expect(Self.cents(client["collected"]) <= Self.cents(client["invoiced"]) + (ledger.overpaid[name] ?? 0))
    }
  }
}
