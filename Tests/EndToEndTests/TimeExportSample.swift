import Domain
import Foundation
import TestSupport

/// A seeded Toggl Track time export and a native invoices file, kept as the values the generator
/// chose, so `ReferenceFigures` can work out the report from those values without reading a file.
///
/// The rows carry what makes a fast reader go wrong: ~30 clients (non-ASCII among them) spelled in
/// variants that one client key folds together (case, outer and inner spaces, a trailing `.`,
/// full-width letters), descriptions with commas, doubled quotes and line breaks, durations of
/// `00:00:00` and above 24 hours, amounts on some entries only, dates over three years, and
/// optionally long quoted descriptions whose lines look like rows of the file.
struct TimeExportSample: Sendable {
  /// One time entry: the values its Toggl row is written from.
  struct Entry: Sendable {
    /// Which client the row means (an index into `clients`), whatever its spelling.
    var client: Int
    /// The client cell as written.
    var spelling: String
    var user: String
    var description: String
    var billable: Bool
    var day: Day
    /// Seconds after midnight at which the entry starts.
    var start: Int
    var seconds: Int64
    var amountCents: Int64?
  }

  /// One invoice: the values its native row is written from.
  struct Invoice: Sendable {
    var client: Int
    var spelling: String
    var number: String
    var issued: Day
    var cents: Int64
    var status: String
  }

  static let clients = [
    "Acme Studio", "Øresund Bryggeri", "東京デザイン事務所", "Café Lumière", "Müller & Söhne GmbH",
    "Zoë's Bakery", "Ñandú Films", "São Paulo Labs", "Delta, Inc", "Crane \"K\" Ltd", "Bluebird Bakery",
    "Northwind Studio", "Kettle and Crane", "Pine & Pixel", "Atelier Rosenthal", "Københavns Kaffe",
    "Łódź Software", "Reykjavík Games", "Dvořák Audio", "Île Verte", "서울 Studio", "Quill & Ink",
    "Harbor Lights", "Maple Leaf Co", "Granite Works", "Orbit Labs", "Juniper Health", "Ærø Ferries",
    "Pro Bono Org", "Internal Goodwill",
  ]
  /// Its entries never carry an amount, so its billable value is null.
  static let withoutAmounts = clients.firstIndex(of: "Pro Bono Org") ?? 0
  /// All its time is non-billable.
  static let neverBillable = clients.firstIndex(of: "Internal Goodwill") ?? 0
  /// The last clients get no invoice (the report's `unbilled` case).
  static let invoicedClients = 0..<(clients.count - 3)

  static let timeHeader = [
    "User", "Email", "Client", "Project", "Task", "Description", "Billable", "Start date", "Start time",
    "End date", "End time", "Duration", "Tags", "Amount (USD)",
  ]
  static let invoiceHeader = [
    "invoice", "client", "issue_date", "due_date", "amount", "currency", "status", "paid_date", "paid_amount",
  ]
  /// Statuses that make the invoice ignored (spec §1) are among them.
  static let statuses = ["open", "open", "", "sent", "sent", "uncollectible", "Void", "DRAFT", "cancelled"]
  static let firstDay = Day(daysSinceEpoch: 19_358)  // 2023-01-01; entries span 3 years from it.
  static let asOf = "2026-01-31"

  static let descriptions = [
    "Design review", "Call, then notes", "Fixed \"the\" bug", "Line one\nline two", "Überprüfung — ✓", "",
    "a,b,\"c\"\r\nd", "\"Quoted\" at the start",
  ]

  var entries: [Entry] = []
  var invoices: [Invoice] = []

  /// `rows` entries; `longShare` percent of them get a description of a few kilobytes.
  init(seed: UInt64, rows: Int, longShare: Int = 0) {
    var random = SeededRandom(state: seed)
    let long = Self.longDescriptions()
    for _ in 0..<rows {
      // The smaller of two draws: the first clients have most of the rows, as in a real agency.
      let client = min(
        Int.random(in: 0..<Self.clients.count, using: &random), .random(in: 0..<Self.clients.count, using: &random))
      let seconds: Int64
      switch Int.random(in: 0..<100, using: &random) {
      case 0..<3: seconds = 0
      case 3..<6: seconds = .random(in: 86_400...540_000, using: &random)
      default: seconds = .random(in: 1...14_400, using: &random)
      }
      let billable = client != Self.neverBillable && Int.random(in: 0..<4, using: &random) != 0
      // Toggl leaves the amount empty on free plans and for non-billable time; a few
      // non-billable rows carry one anyway, which billableValue must not count.
      let hasAmount = Int.random(in: 0..<100, using: &random) < (billable ? 70 : 5)
      let description =
        Int.random(in: 0..<100, using: &random) < longShare
        ? long.randomElement(using: &random) ?? "" : Self.descriptions.randomElement(using: &random) ?? ""
      entries.append(
        Entry(
          client: client, spelling: Self.spelling(of: client, using: &random),
          user: ["Maya", "Jonas", "Ana María"].randomElement(using: &random) ?? "", description: description,
          billable: billable, day: Self.firstDay + .random(in: 0..<1_095, using: &random),
          start: .random(in: 0..<86_400, using: &random), seconds: seconds,
          amountCents: hasAmount && client != Self.withoutAmounts ? .random(in: 0...99_999, using: &random) : nil))
    }
    let seen = Set(entries.map(\.client))
    for client in Self.invoicedClients where seen.contains(client) {
      for _ in 0..<Int.random(in: 1...4, using: &random) {
        let creditNote = Int.random(in: 0..<10, using: &random) == 0
        invoices.append(
          Invoice(
            client: client, spelling: Self.spelling(of: client, using: &random), number: "INV-\(invoices.count + 1)",
            issued: Self.firstDay + .random(in: 0..<1_095, using: &random),
            cents: creditNote
              ? -.random(in: 100...50_000, using: &random) : .random(in: 1_000...900_000, using: &random),
            status: Self.statuses.randomElement(using: &random) ?? ""))
      }
    }
  }

  /// Mostly the name itself; else a variant the spec's client key folds onto it.
  static func spelling(of client: Int, using random: inout SeededRandom) -> String {
    let name = clients[client]
    switch Int.random(in: 0..<20, using: &random) {
    case 0: return name.uppercased()
    case 1: return name.lowercased()
    case 2: return "  " + name + " "
    case 3: return name.replacingOccurrences(of: " ", with: "   ")
    case 4: return name + "."
    case 5: return fullWidth(name)
    default: return name
    }
  }

  /// ASCII letters and signs as their full-width forms, spaces as ideographic spaces (NFKC undoes both).
  static func fullWidth(_ text: String) -> String {
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x20: scalars.append("\u{3000}")
      case 0x21...0x7E: scalars.append(Unicode.Scalar(scalar.value + 0xFEE0) ?? scalar)
      default: scalars.append(scalar)
      }
    }
    return String(scalars)
  }

  /// Descriptions of a few kilobytes whose lines look like rows of the export, so a reader that
  /// splits a file at a line break inside a quoted field reads rows that are not there.
  static func longDescriptions() -> [String] {
    let fakeRow =
      "Maya,maya@example.com,Acme Studio,Site,Build,fake,Yes,2024-05-01,09:00:00,2024-05-02,09:00:00,99:00:00,,999.99"
    return (1...3).map { variant in
      (1...4).map { part in
        "Minutes, part \(part) of call \(variant):\n\(fakeRow)\n\"Quoted\" line, with a comma\n"
          + "a line with \"\" doubled quotes\r\n\(fakeRow)\nÜberprüfung 東京 — ✓\n"
      }.joined()
    }
  }
}
