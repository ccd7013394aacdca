import Domain

/// One data row as the converters see it: cells by column index and where each one starts.
/// The CSV record conforms to this; tests can use plain arrays.
protocol Row: Sendable {
  var fieldCount: Int { get }
  /// The cell's text; empty for a column past the row's end.
  func text(_ column: Int) -> String
  func position(_ column: Int) -> SourcePosition
}

/// Why a row was not imported, or what was noted while importing it.
struct RowProblem: Error, Equatable {
  var column: Int?
  var message: String
  var severity: Diagnostic.Severity = .error
}
