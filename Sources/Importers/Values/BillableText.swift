import Domain

/// Reads a billable cell: `yes`/`no`, `true`/`false`, `1`/`0`, `y`/`n`, `billable`/`non-billable`.
/// An empty cell is billable (spec §1: billable defaults to yes).
enum BillableText {
  static func parse(_ text: String) -> Bool? {
    switch text.trimmedCell().lowercased() {
    case "", "yes", "y", "true", "t", "1", "billable", "ja", "oui", "si", "sí": return true
    case "no", "n", "false", "f", "0", "non-billable", "nonbillable", "not billable", "nein", "non": return false
    default: return nil
    }
  }
}
