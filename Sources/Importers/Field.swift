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
}
