/// A problem found in the input that did not stop the run: a skipped row, a guess that was
/// avoided, a payment for no known invoice.
///
/// The JSON report's `diagnostics` array is exactly these values. Under `--strict` any
/// diagnostic of severity `error` (a skipped row) makes the run fail.
public struct Diagnostic: Hashable, Sendable, Codable, CustomStringConvertible {
  public enum Severity: String, Sendable, Codable, Comparable {
    case error
    case warning
    case note

    private var rank: Int {
      switch self {
      case .note: 0
      case .warning: 1
      case .error: 2
      }
    }
    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
  }

  public var file: String
  /// 1-based line, or nil for a problem that belongs to the whole file or to no file.
  public var line: Int?
  public var column: Int?
  public var severity: Severity
  public var message: String
  /// What went wrong, as a short stable name (`empty-client`, `bad-amount`), the same for every row
  /// with the same problem, so that a terminal can show one line per cause and file with a count;
  /// nil when the message stands alone. Not part of the JSON report.
  public var cause: String?

  public init(file: String, line: Int?, column: Int?, severity: Severity, message: String, cause: String? = nil) {
    self.file = file
    self.line = line
    self.column = column
    self.severity = severity
    self.message = message
    self.cause = cause
  }

  public init(at position: SourcePosition, _ severity: Severity, _ message: String, cause: String? = nil) {
    self.init(
      file: position.file, line: position.line, column: position.column, severity: severity,
      message: message, cause: cause)
  }

  /// `file:line:column: severity: message`, omitting what is unknown.
  public var description: String {
    var place = file
    if let line { place += ":\(line)" }
    if let column { place += ":\(column)" }
    return place.isEmpty ? "\(severity.rawValue): \(message)" : "\(place): \(severity.rawValue): \(message)"
  }
}
