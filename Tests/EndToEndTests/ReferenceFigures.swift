import Foundation

/// The figures `clientworth report` must show for a `TimeExportSample`, worked out from the
/// generator's own values one entry at a time, with no file read and no code of the program
/// used: the slow, obviously correct path the fast importer is held to (issue 6).
struct ReferenceFigures: Equatable {
  /// One client's figures, exact: seconds and cents.
  struct Client: Equatable {
    var seconds: Int64 = 0
    var billableSeconds: Int64 = 0
    /// Nil when no billable entry of the client has an amount (spec §4: null).
    var billableCents: Int64?
    var invoicedCents: Int64 = 0

    /// The figures as the JSON report writes them: hours with 2 decimals, money in major units.
    /// With a cost rate of 3600.00 an hour and no expenses, `cost` is the seconds in dollars:
    /// exact to the second where `hours` shows hundredths of an hour.
    var texts: [String: String] {
      [
        "hours": ReferenceFigures.hours(seconds), "billableHours": ReferenceFigures.hours(billableSeconds),
        "cost": TimeExportSample.money(seconds * 100),
        "billableValue": billableCents.map(TimeExportSample.money) ?? "null",
        "invoiced": TimeExportSample.money(invoicedCents),
      ]
    }
  }

  /// Spec §1: these statuses make an invoice ignored.
  static let ignoredStatuses: Set = ["void", "voided", "draft", "deleted", "cancelled", "canceled"]

  /// By the name the report shows.
  var clients: [String: Client] = [:]

  init(_ sample: TimeExportSample) {
    var figures: [Int: Client] = [:]
    var spellings: [Int: [String: Int]] = [:]
    for entry in sample.entries {
      spellings[entry.client, default: [:]][Self.trimmed(entry.spelling), default: 0] += 1
      figures[entry.client, default: Client()].seconds += entry.seconds
      guard entry.billable else { continue }
      figures[entry.client, default: Client()].billableSeconds += entry.seconds
      if let cents = entry.amountCents {
        figures[entry.client, default: Client()].billableCents = (figures[entry.client]?.billableCents ?? 0) + cents
      }
    }
    for invoice in sample.invoices {
      spellings[invoice.client, default: [:]][Self.trimmed(invoice.spelling), default: 0] += 1
      guard !Self.ignoredStatuses.contains(invoice.status.lowercased()) else { continue }
      figures[invoice.client, default: Client()].invoicedCents += invoice.cents
    }
    for (client, figure) in figures {
      clients[Self.shownName(spellings[client] ?? [:])] = figure
    }
  }

  /// Σ over the clients: the report's totals of these four figures.
  var totals: Client {
    clients.values.reduce(into: Client()) { total, client in
      total.seconds += client.seconds
      total.billableSeconds += client.billableSeconds
      if let cents = client.billableCents { total.billableCents = (total.billableCents ?? 0) + cents }
      total.invoicedCents += client.invoicedCents
    }
  }

  /// Spec §1: the spelling seen most often, ties to the one that sorts first.
  static func shownName(_ counts: [String: Int]) -> String {
    counts.min { a, b in a.value != b.value ? a.value > b.value : a.key < b.key }?.key ?? ""
  }

  static func trimmed(_ spelling: String) -> String { spelling.trimmingCharacters(in: .whitespaces) }

  /// Hours with two decimals, half to even: hundredths of an hour are seconds / 36.
  static func hours(_ seconds: Int64) -> String {
    var hundredths = seconds / 36
    let rest = seconds % 36
    if rest > 18 || (rest == 18 && hundredths % 2 == 1) { hundredths += 1 }
    return TimeExportSample.money(hundredths)
  }
}
