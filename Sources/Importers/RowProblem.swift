import Domain
import Localization

/// Why a row was not imported, or what was noted while importing it: the column it is about (nil
/// for the row as a whole), the text, and a short stable name of the cause (`empty-client`,
/// `bad-amount`) that `Diagnostic.cause` carries, so a terminal can count one cause per file.
struct RowProblem: Error, Equatable {
  var column: Int?
  var text: LocalizedText
  var cause: String
  var severity: Diagnostic.Severity = .error

  init(column: Int?, text: LocalizedText, cause: String, severity: Diagnostic.Severity = .error) {
    self.column = column
    self.text = text
    self.cause = cause
    self.severity = severity
  }

  /// The text in English.
  var message: String { text.englishText }
}

extension Field {
  /// The field in a cause's name: `issue-date` for `issueDate`.
  var causeName: String {
    rawValue.reduce(into: "") { name, character in
      if character.isUppercase { name += "-" + character.lowercased() } else { name.append(character) }
    }
  }
}
