/// A fact an importer can take from a column, whatever the export calls it.
public enum Field: String, Sendable, CaseIterable, Hashable {
  case date, client, project, task, person, hours, duration, billable, rate, amount, currency, description
  case invoice, issueDate, dueDate, status, paidDate, paidAmount, kind, note
}
