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

  public init(file: String, line: Int?, column: Int?, severity: Severity, message: String) {
    self.file = file
    self.line = line
    self.column = column
    self.severity = severity
    self.message = message
  }

  public init(at position: SourcePosition, _ severity: Severity, _ message: String) {
    self.init(
      file: position.file, line: position.line, column: position.column, severity: severity,
      message: message)
  }

  /// `file:line:column: severity: message`, omitting what is unknown.
  public var description: String {
    var place = file
    if let line { place += ":\(line)" }
    if let column { place += ":\(column)" }
    return place.isEmpty ? "\(severity.rawValue): \(message)" : "\(place): \(severity.rawValue): \(message)"
  }
}
