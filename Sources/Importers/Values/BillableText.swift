import Domain

/// Reads a billable cell: `yes`/`no`, `true`/`false`, `1`/`0`, `y`/`n`, `billable`/`non-billable`,
/// and yes and no in the languages Toggl, Clockify and Harvest export in (a Japanese Toggl account
/// writes `はい`/`いいえ`). An empty cell is billable (spec §1: billable defaults to yes).
enum BillableText {
  static func parse(_ text: String) -> Bool? {
    switch text.trimmedCell().lowercased() {
    case "", "yes", "y", "true", "t", "1", "billable", "ja", "oui", "si", "sí", "sim", "はい", "是", "예", "نعم":
      return true
    case "no", "n", "false", "f", "0", "non-billable", "nonbillable", "not billable", "nein", "non", "nee", "nei",
      "nej",
      "não", "nao", "いいえ", "否", "아니요", "لا":
      return false
    default: return nil
    }
  }
}
