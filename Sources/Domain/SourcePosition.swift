/// Where a fact or a problem came from: a file, a 1-based line and a 1-based column
/// (counted in Unicode scalars of the decoded line).
public struct SourcePosition: Hashable, Sendable, Codable, CustomStringConvertible {
  public var file: String
  public var line: Int
  public var column: Int

  public init(file: String, line: Int, column: Int) {
    self.file = file
    self.line = line
    self.column = column
  }

  /// `file:line:column`, the shape editors and compilers use.
  public var description: String { "\(file):\(line):\(column)" }
}
