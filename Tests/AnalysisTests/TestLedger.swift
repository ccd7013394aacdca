import Analysis
import Domain
import Testing

/// US dollars: every test ledger is already in the report currency, as the calculator requires.
let usd = Currency(code: "USD") ?? .unknown

/// The day an ISO date names; traps on a typo so a test can never run on the wrong day.
func day(_ iso: String) -> Day {
  guard let day = Day(iso: iso) else { preconditionFailure("not a YYYY-MM-DD day: \(iso)") }
  return day
}

/// An amount in cents.
func cents(_ minorUnits: Int64) -> Money { Money(minorUnits: minorUnits, currency: usd) }

/// Whole hours in seconds.
func hours(_ count: Int64) -> Int64 { count * 3600 }

/// Settings in USD with the spec's defaults, at a fixed as-of unless told otherwise.
func settings(
  asOf: String?, from: String? = nil, to: String? = nil, costRate: Int64? = nil, targetRate: Int64? = nil
) -> Settings {
  var settings = Settings(currency: usd)
  settings.asOf = asOf.map(day)
  settings.from = from.map(day)
  settings.to = to.map(day)
  settings.costRate = costRate.map(cents)
  settings.targetRate = targetRate.map(cents)
  return settings
}

/// A ledger built fact by fact; client names go through the ledger's directory, as the importers
/// send them, so aliases and spelling counts work as in a real run.
struct TestLedger {
  var ledger: Ledger

  init(aliases: [String: String] = [:]) {
    ledger = Ledger(clients: ClientDirectory(aliases: aliases))
  }

  mutating func time(_ client: String, on date: String, seconds: Int64, billable: Bool = true, value: Int64? = nil) {
    let key = ledger.clients.key(for: client)
    ledger.timeEntries.append(
      TimeEntry(day: day(date), client: key, seconds: seconds, billable: billable, value: value.map(cents)))
  }

  mutating func invoice(
    _ number: String, _ client: String, issued: String, due: String? = nil, amount: Int64,
    status: InvoiceStatus = .issued, paidOn: String? = nil, paidAmount: Int64? = nil, line: Int? = nil
  ) {
    let key = ledger.clients.key(for: client)
    ledger.invoices.append(
      Invoice(
        number: number, client: key, issued: day(issued), due: due.map(day), amount: cents(amount), status: status,
        paidDay: paidOn.map(day), paidAmount: paidAmount.map(cents),
        position: line.map { SourcePosition(file: "invoices.csv", line: $0, column: 1) }))
  }

  mutating func payment(_ number: String, on date: String, amount: Int64, client: String? = nil, line: Int? = nil) {
    let key = client.map { ledger.clients.resolve($0) }
    ledger.payments.append(
      Payment(
        invoiceNumber: number, client: key, day: day(date), amount: cents(amount),
        position: line.map { SourcePosition(file: "payments.csv", line: $0, column: 1) }))
  }

  mutating func expense(_ client: String, on date: String, amount: Int64) {
    let key = ledger.clients.key(for: client)
    ledger.expenses.append(Expense(day: day(date), client: key, amount: cents(amount)))
  }

  mutating func incident(_ client: String, on date: String, kind: IncidentKind) {
    let key = ledger.clients.key(for: client)
    ledger.incidents.append(Incident(day: day(date), client: key, kind: kind))
  }

  func report(_ settings: Settings) -> ProfitabilityReport {
    FigureCalculator.report(ledger: ledger, settings: settings)
  }
}

extension ProfitabilityReport {
  /// The row of the client shown as `name`; records a test failure when there is none.
  func client(_ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> ClientFigures {
    try #require(clients.first { $0.name == name }, "no client named \(name)", sourceLocation: sourceLocation)
  }

  /// The figures of the client shown as `name`.
  func figures(_ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Figures {
    try client(name, sourceLocation: sourceLocation).figures
  }
}

extension ProfitabilityReport {
  /// The diagnostics but the warning that the ledger has no time log and the note of an as-of
  /// long after the input: the tests of invoices and payments build ledgers without time, and
  /// judge them weeks after their last date.
  var paymentDiagnostics: [Diagnostic] {
    diagnostics.filter { !$0.message.hasPrefix("no time log") && $0.cause != "as-of-past-input" }
  }
}
