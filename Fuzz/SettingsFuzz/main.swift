/// libFuzzer target for the settings: `clientworth.json` through the JSON parser and the settings'
/// declarations, compiled inside the `ClientWorthCLI` module (see scripts/fuzz.sh). Any input may be
/// refused with a `SettingsError`, but must never crash; settings that are accepted lie within
/// their declared limits, and the report and the decisions over a small ledger never trap with
/// them (issue 17: huge rates, terms or horizons once overflowed the arithmetic).
import Analysis
import Decisions
import Domain

/// Two clients over two months: time, an invoice paid late, one left open, a euro invoice.
let ledger: Ledger = {
  var ledger = Ledger(clients: ClientDirectory(aliases: ["Acme Corp": "Acme"]))
  guard let usd = Currency(code: "USD"), let eur = Currency(code: "EUR"),
    let start = Day(year: 2026, month: 1, day: 5)
  else { return ledger }
  let acme = ledger.clients.key(for: "Acme")
  let bolt = ledger.clients.key(for: "Bolt")
  ledger.timeEntries.append(TimeEntry(day: start, client: acme, seconds: 36_000))
  ledger.timeEntries.append(TimeEntry(day: start + 20, client: bolt, seconds: 7_200, billable: false))
  ledger.invoices.append(
    Invoice(number: "1", client: acme, issued: start + 25, amount: Money(minorUnits: 100_000, currency: usd)))
  ledger.invoices.append(
    Invoice(number: "2", client: bolt, issued: start + 40, amount: Money(minorUnits: 5_000, currency: eur)))
  ledger.payments.append(Payment(invoiceNumber: "1", day: start + 80, amount: Money(minorUnits: 60_000, currency: usd)))
  return ledger
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: start, count: count))
  guard let assignments = try? SettingsDecoder(path: "clientworth.json").decode(bytes) else { return 0 }
  var values = SettingValues().applying(assignments)
  let calculation = values.calculation
  precondition((0...3650).contains(calculation.paymentTermsDays) && (1...3650).contains(calculation.windowDays))
  precondition(calculation.capitalRate <= Fraction.one && calculation.horizonMonths <= Fraction(120))
  precondition(values.rates.values.allSatisfy { $0 > Fraction.zero && $0 <= Fraction(1_000_000) })
  // Every cost rate: the default's steps and each person's.
  let steps = (values.costRate?.steps ?? []) + values.people.flatMap { $0.value.costRate?.steps ?? [] }
  let costRates = steps.map(\.amount)
  for amount in costRates + [values.targetRate].compactMap(\.self) {
    precondition(amount.value >= Fraction.zero && amount.value <= Fraction(100_000_000))
  }
  // The calculation over a known ledger, in USD with a rate for the euro.
  values.currency = Currency(code: "USD")
  if let eur = Currency(code: "EUR"), values.rates[eur] == nil { values.rates[eur] = Fraction(108, 100) }
  let resolver = SettingsResolver(values: values, settingsFile: "clientworth.json")
  guard let resolution = try? resolver.resolve(ledger, period: PeriodBounds()) else { return 0 }
  let report = FigureCalculator.report(ledger: resolution.ledger, settings: resolution.settings)
  // Without a cost rate there is nothing to decide (DecisionError.costRateMissing).
  guard resolution.settings.costRate != nil else { return 0 }
  guard
    let decisions = try? DecisionMaker.decide(ledger: resolution.ledger, settings: resolution.settings, report: report)
  else { preconditionFailure("decide refused settings with a cost rate") }
  precondition(decisions.decisions.count == report.clients.count)
  return 0
}
