import Domain

/// Why a row was not imported, or what was noted while importing it.
struct RowProblem: Error, Equatable {
  var column: Int?
  var message: String
  var severity: Diagnostic.Severity = .error
}
