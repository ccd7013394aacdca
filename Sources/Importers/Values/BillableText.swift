import Domain

/// Reads a billable cell: `yes`/`no`, `true`/`false`, `1`/`0`, `y`/`n`, `billable`/`non-billable`,
/// and yes and no in the languages Toggl, Clockify and Harvest export in (a Japanese Toggl account
/// writes `はい`/`いいえ`). An empty cell is billable (spec §1: billable defaults to yes).
enum BillableText {
  static let yes: Set<String> = [
    "", "yes", "y", "true", "t", "1", "billable", "ja", "oui", "si", "sí", "sim", "はい", "是", "예", "نعم",
  ]
  static let no: Set<String> = [
    "no", "n", "false", "f", "0", "non-billable", "nonbillable", "not billable", "nein", "non", "nee", "nei", "nej",
    "não", "nao", "いいえ", "否", "아니요", "لا",
  ]

  static func parse(_ text: String) -> Bool? {
    let word = text.trimmedCell().lowercased()
    if yes.contains(word) { return true }
    if no.contains(word) { return false }
    return nil
  }
}
