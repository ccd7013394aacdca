import Analysis
import Domain

/// The words of an explanation: what each figure, table, column, constant and note is called.
/// One place, so a second language is one more table of the same keys.
enum ExplanationWords {
  /// `effective rate`: a figure's name as a sentence says it.
  static func figure(_ name: String) -> String {
    switch name {
    case "billableHours": "billable hours"
    case "billableValue": "billable value"
    case "badDebt": "bad debt"
    case "netRevenue": "net revenue"
    case "unbilledValue": "unbilled value"
    case "unbilledWork": "unbilled work (unrounded)"
    case "effectiveRate": "effective rate"
    case "collectedRate": "collected rate"
    case "carryingCost": "carrying cost"
    case "opportunityCost": "opportunity cost"
    case "benchmark": "benchmark rate"
    case "avgDaysLate": "average days late"
    case "avgDaysToPay": "average days to pay"
    case "lateShare": "late share"
    case "maxDaysLate": "most days late"
    case "share": "share of revenue"
    case "aging": "open balances"
    case "monthlyProfit": "monthly profit"
    case "horizonMonths": "horizon"
    case "continueLoss": "staying loses"
    case "exitCost": "leaving costs"
    case "walkAway": "leaving is worth"
    case "refundOffer": "refund offer"
    case "currentRate": "current rate"
    case "breakEvenRate": "break-even rate"
    case "proposedRate": "proposed rate"
    case "proposedRateInClientCurrency": "proposed rate in the client's currency"
    case "increaseNeeded": "increase needed"
    case "tenureDays": "client for"
    case "rateRise": "rate rise that breaks even"
    case "rateAfterRise": "rate after that rise"
    case "billNonBillable": "share of non-billable hours to bill to break even"
    case "hoursCap": "hours a month the pay covers"
    case "hoursNow": "hours a month now"
    default: name
    }
  }

  /// `earned (last 12 months)`: a figure named with its span when it is not the section's own.
  static func figure(_ key: FigureKey, in section: Scope, of explanation: Explanation) -> String {
    key.scope == section || key.scope == .decision
      ? figure(key.name) : figure(key.name) + " (" + scopeShort(key.scope, in: explanation) + ")"
  }

  /// `last 90 days`, `all data`, `last 12 months`, `the period`, as `explanation` covers them.
  static func scopeShort(_ scope: Scope, in explanation: Explanation) -> String {
    let span = explanation.span(of: scope)
    switch scope {
    case .period: return span?.from == nil ? "all data" : "the period"
    case .allData: return "all data"
    case .window:
      let days = span.flatMap { span in span.from.map { span.to - $0 + 1 } } ?? 0
      return "last \(days) days"
    case .year: return "last 12 months"
    case .decision: return "the decision"
    }
  }

  /// A table as a formula names it: `invoices`, `time by month`.
  static func tableShort(_ kind: RowTable.Kind) -> String {
    switch kind {
    case .time: "time by month"
    case .unbilled: "unbilled work"
    case .spans: "invoice spans"
    case .invoices: "invoices"
    case .lateness: "lateness items"
    case .expenses: "expenses"
    case .incidents: "incidents"
    case .clients: "clients"
    case .received: "payments received"
    }
  }

  /// A named constant: a setting or a fixed number.
  static func constant(_ id: String) -> String {
    switch id {
    case "costRate": "cost rate"
    case "targetRate": "target rate"
    case "realization": "realization of the billed work"
    case "netPerBilledHour": "net invoiced per billed hour"
    case "horizonMonthsSetting": "horizon setting"
    case "contractEnd": "contract end"
    case "asOf": "as-of"
    case "daysPerMonth": "days a month"
    case "wrapUpHours": "wrap-up hours"
    case "exitCollectionRisk": "exit collection risk"
    case "maxRateIncrease": "max rate increase"
    case "paidInWindow": "paid in the window"
    case "exchangeRate": "exchange rate"
    case "minorUnitScale": "minor units"
    case "firstDay": "first day"
    default: id
    }
  }

  /// A table's title.
  static func table(_ kind: RowTable.Kind) -> String {
    switch kind {
    case .time: "Time by month"
    case .unbilled: "Billable work no invoice has billed yet, by month"
    case .spans: "What each invoice earned for the work it bills"
    case .invoices: "Invoices issued"
    case .lateness: "Payments and open balances past due, with days late"
    case .expenses: "Expenses"
    case .incidents: "Incidents"
    case .clients: "Every client's hours and earned revenue"
    case .received: "Payments received"
    }
  }

  /// The year's clients table says what it is for.
  static func table(_ table: RowTable) -> String {
    table.kind == .clients && table.scope == .year
      ? "Every client's earned revenue (the share's divisor)" : self.table(table.kind)
  }

  /// What an operand without a value shows.
  static let unknown = "unknown"

  /// `Σ amount of invoices`.
  static func total(_ column: String) -> String { "Σ " + column }

  /// `the most days late of lateness items`.
  static func largest(_ column: String) -> String { "the most " + column }

  /// `the mean of days late of lateness items weighted by amount`.
  static func weightedMean(_ column: String, by weights: String) -> String {
    "the mean of " + column + " weighted by " + weights
  }

  /// `amount of invoices`: a column of a table.
  static func column(_ column: String, of table: String) -> String { column + " of " + table }

  /// `late items`: the rows of a table with a value above zero in a column.
  static func positiveRows(_ table: String, column: String) -> String {
    column == "daysLate" ? "late items" : table + " with " + self.column(column).lowercased() + " above zero"
  }

  /// A column's title.
  static func column(_ id: String) -> String {
    switch id {
    case "month": "Month"
    case "hours": "Hours"
    case "billableHours": "Billable h"
    case "nonBillableHours": "Non-billable h"
    case "billableValue": "Billable value"
    case "value": "Value"
    case "hoursWithoutValue": "h without value"
    case "span": "Span"
    case "invoices": "Invoices"
    case "net": "Net"
    case "billedBy": "By"
    case "hoursInScope": "Hours here"
    case "attributed": "Earned here"
    case "invoice": "Invoice"
    case "issued": "Issued"
    case "due": "Due"
    case "amount": "Amount"
    case "collected": "Collected"
    case "open": "Open"
    case "badDebt": "Bad debt"
    case "paidOn": "Paid"
    case "daysLate": "Days late"
    case "daysToPay": "Days to pay"
    case "carrying": "Carrying"
    case "date": "Date"
    case "description": "Description"
    case "kind": "Kind"
    case "note": "Note"
    case "client": "Client"
    case "earned": "Earned"
    case "counted": "Counted"
    default: id
    }
  }

  /// A text cell's id as words (`badDebt` → `bad debt`, `value` → `by value`).
  static func cell(_ text: String, column: String) -> String {
    switch (column, text) {
    case ("badDebt", "badDebt"): "bad debt"
    case ("billedBy", let by): by
    default: text
    }
  }

  /// Why a figure is null, or zero with nothing to add up.
  static func note(_ note: FigureNote) -> String {
    switch note {
    case .noTime: "no time in this span"
    case .noInvoices: "no invoice issued in this span"
    case .noExpenses: "no expense in this span"
    case .noBillableValue: "no billable entry has an amount or a rate"
    case .noUnbilledWork: "every billable hour lies in an invoice's span"
    case .unbilledCannotBeValued:
      "unknown: some unbilled entries have no rate or amount, and nothing billed shows what an hour earns"
    case .noEarnings: "no invoice and no unbilled work"
    case .noHours: "unknown: no hours"
    case .noBillableHours: "unknown: no billable hours"
    case .noCostRate: "unknown: no cost rate is set"
    case .earnedNotPositive: "unknown: nothing earned"
    case .noShare: "unknown: nothing earned over the last 12 months, by this client or all of them"
    case .noBenchmark: "zero: no target rate, and no hours with a known earned revenue to set a benchmark"
    case .noLatenessItems: "no payment received and no balance past due"
    case .noPayments: "unknown: no dated payment"
    case .notCarried: "not part of this recommendation (spec §5)"
    case .cannotBreakEven: "this change alone cannot make the client break even"
    }
  }
}
