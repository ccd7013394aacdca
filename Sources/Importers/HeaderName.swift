/// A header cell compared the way people type them: case-insensitive, surrounding white space
/// ignored, and `_`, `-` and runs of spaces all the same (`Issue Date` = `issue_date`).
struct HeaderName: Hashable {
  let normalized: String

  init(_ text: some StringProtocol) {
    var result = ""
    var pendingSpace = false
    for character in text.lowercased() {
      if character == " " || character == "_" || character == "-" || character == "\t" {
        pendingSpace = !result.isEmpty
        continue
      }
      if pendingSpace {
        result.append(" ")
        pendingSpace = false
      }
      result.append(character)
    }
    normalized = result
  }
}
