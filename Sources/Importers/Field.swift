/// A fact an importer can take from a column, whatever the export calls it.
public enum Field: String, Sendable, CaseIterable, Hashable {
  case date, client, project, task, person, hours, duration, billable, rate, amount, currency, description
  case invoice, issueDate, dueDate, status, paidDate, paidAmount, kind, note
  /// A person's family name where an export splits names (Harvest's `First Name`, `Last Name`).
  case lastName
  /// An e-mail address, to name a client whose name cell is empty (Stripe).
  case email
  /// What is still owed on an invoice (`Balance`, `Open balance`).
  case balance
  /// What a row of a mixed export is: `Sales invoice`, `Credit Memo`, `Payment`…
  case documentType
  /// An expense category, kept with the description.
  case category
  /// A second identifier of a document, used when its number is empty (Stripe's `in_…` id).
  case reference
  /// When an entry started and ended, where an export writes the clock times (Toggl, Clockify,
  /// Kimai): its duration when the export has none, and a check of the one it has.
  case startTime, endDate, endTime
  /// A payment platform's row (Stripe, PayPal, Upwork): what was refunded of it and when, the
  /// platform's fee and the tax on it, the currency the fee is in, and whether it was captured.
  case refunded, refundDate, fee, feeTax, feeCurrency, captured
  /// What one hour of the row's person costs (Harvest's `Cost Rate`), money per hour.
  case costRate

  /// The field's place in `allCases`, for tables indexed by field.
  var ordinal: Int {
    switch self {
    case .date: 0
    case .client: 1
    case .project: 2
    case .task: 3
    case .person: 4
    case .hours: 5
    case .duration: 6
    case .billable: 7
    case .rate: 8
    case .amount: 9
    case .currency: 10
    case .description: 11
    case .invoice: 12
    case .issueDate: 13
    case .dueDate: 14
    case .status: 15
    case .paidDate: 16
    case .paidAmount: 17
    case .kind: 18
    case .note: 19
    case .lastName: 20
    case .email: 21
    case .balance: 22
    case .documentType: 23
    case .category: 24
    case .reference: 25
    case .startTime: 26
    case .endDate: 27
    case .endTime: 28
    case .refunded: 29
    case .refundDate: 30
    case .fee: 31
    case .feeTax: 32
    case .feeCurrency: 33
    case .captured: 34
    case .costRate: 35
    }
  }
}
