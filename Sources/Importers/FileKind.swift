/// The five kinds of input file (spec §1): what one row of the file is.
public enum FileKind: String, Sendable, CaseIterable {
  case time
  case invoices
  case payments
  case expenses
  case incidents
}
