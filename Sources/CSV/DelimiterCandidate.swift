/// One way of splitting a file's first record: the delimiter tried and the fields it gave.
public struct DelimiterCandidate: Sendable, Hashable {
  /// The delimiter byte tried.
  public var delimiter: UInt8
  /// The first record's fields with that delimiter; empty when the record could not be read.
  public var fields: [String]

  /// Creates a candidate from its parts.
  public init(delimiter: UInt8, fields: [String]) {
    self.delimiter = delimiter
    self.fields = fields
  }
}
