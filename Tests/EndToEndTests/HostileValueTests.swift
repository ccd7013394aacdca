import Foundation
import TestSupport
import Testing

/// Issue 17's property: whatever values a file holds — 30-digit amounts, 10¹⁸ hours, a rate with
/// 29 decimals, dates at either end of the calendar, settings at their limits — a run ends with a
/// report or with a message and exit 65 (64 for a flag), never with a trap, a hang or a signal.
@Suite struct HostileValueTests {
  private struct Case {
    var time = "date,client,hours,billable,rate,amount,currency\n"
    var invoices = "invoice,client,issue_date,due_date,amount,currency,status,paid_date,paid_amount\n"
    var settings: [String: String] = [:]
  }

  private static func number(_ random: inout SeededRandom) -> String {
    switch random.next() % 24 {
    case 0:
      return String(repeating: "9", count: Int(random.next() % 20) + 10) + "."
        + String(repeating: "9", count: Int(random.next() % 29))
    case 1: return "0." + String(repeating: "0", count: Int(random.next() % 28)) + "1"
    case 2: return "-" + String(random.next() % 10_000_000_000_000_000)
    case 3: return String(random.next() % 100_000_000_000_000) + "." + String(random.next() % 100)
    case 4: return "1e400"
    default: return String(random.next() % 100_000) + "." + String(random.next() % 100)
    }
  }

  private static func day(_ random: inout SeededRandom) -> String {
    let edges = ["0001-01-01", "9999-12-31", "1899-12-31", "1900-01-01", "2199-12-31", "2200-01-01"]
    if random.next() % 10 == 0 { return edges[Int(random.next() % UInt64(edges.count))] }
    return String(format: "2026-%02d-%02d", Int(random.next() % 12) + 1, Int(random.next() % 28) + 1)
  }

  private static func ledger(seed: UInt64) -> Case {
    var random = SeededRandom(state: seed)
    var ledger = Case()
    let clients = (0..<Int(random.next() % 4 + 1)).map { "Client \($0)" }
    func client() -> String { clients[Int(random.next() % UInt64(clients.count))] }
    for _ in 0..<Int(random.next() % 12 + 1) {
      let rate = random.next() % 2 == 0 ? number(&random) : ""
      ledger.time += "\(day(&random)),\(client()),\(number(&random)),yes,\(rate),,USD\n"
    }
    for invoice in 0..<Int(random.next() % 10) {
      let paid = random.next() % 2 == 0
      ledger.invoices +=
        "\(invoice),\(client()),\(day(&random)),\(day(&random)),\(number(&random)),\(random.next() % 3 == 0 ? "EUR" : "USD"),"
        + "sent,\(paid ? day(&random) : ""),\(paid ? number(&random) : "")\n"
    }
    let choices: [(String, [String])] = [
      ("costRate", ["40", "100000000", "0.01", "123456789012345678901234567890"]),
      ("capitalRate", ["0", "1", "10", "0.00000000000000000000000000001"]),
      ("paymentTermsDays", ["0", "3650", "2147483647"]),
      ("horizonMonths", ["0", "120", "1000000000000"]),
      ("targetRate", ["95", "100000000", "99999999999999999999"]),
    ]
    for (key, values) in choices where random.next() % 5 == 0 {
      ledger.settings[key] = values[Int(random.next() % UInt64(values.count))]
    }
    let rates = [
      "0.9", "1.1", "1.25", "1000000", "123456789012345678901234567890", "0.00000000000000000000000000001",
    ]
    ledger.settings["rates"] = "{\"EUR\": \(rates[Int(random.next() % UInt64(rates.count))])}"
    ledger.settings["currency"] = "\"USD\""
    return ledger
  }

  @Test(arguments: 0..<60)
  func extremeValuesNeverTrap(seed: Int) throws {
    let ledger = Self.ledger(seed: UInt64(seed) &* 7919 &+ 17)
    let folder = try Workdir()
    defer { folder.remove() }
    try folder.write("time.csv", ledger.time)
    try folder.write("invoices.csv", ledger.invoices)
    let settings = ledger.settings.map { "\"\($0.key)\": \($0.value)" }.sorted().joined(separator: ", ")
    try folder.write("clientworth.json", "{\(settings)}")
    for command in [["report"], ["decide"], ["trend"], ["report", "--format", "json"], ["explain", "Client 0"]] {
      let run = try RunClientWorth.run(command + ["."], in: folder.url)
      #expect(!run.killedBySignal, "seed \(seed) \(command): \(run.stderr.suffix(400))")
      #expect(
        [0, 64, 65].contains(run.status), "seed \(seed) \(command) exited \(run.status): \(run.stderr.suffix(300))")
    }
  }
}
