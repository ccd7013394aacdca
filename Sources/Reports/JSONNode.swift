/// A JSON value whose objects keep their keys in the order given, so output follows the spec's
/// key order exactly; numbers are carried as the exact decimal text to print.
indirect enum JSONNode: Sendable, Equatable {
  case object([Member])
  case array([JSONNode])
  case string(String)
  /// Decimal text already in JSON number syntax (from `NumberText`), printed as is.
  case number(String)
  case bool(Bool)
  case null

  /// One key and its value.
  struct Member: Sendable, Equatable {
    var key: String
    var value: JSONNode

    init(_ key: String, _ value: JSONNode) {
      self.key = key
      self.value = value
    }
  }

  /// A string, or null when absent.
  static func string(_ text: String?) -> JSONNode { text.map(JSONNode.string) ?? .null }
  /// A number, or null when absent.
  static func number(_ text: String?) -> JSONNode { text.map(JSONNode.number) ?? .null }
  /// An integer.
  static func integer(_ value: Int?) -> JSONNode { value.map { .number(String($0)) } ?? .null }

  var isScalar: Bool {
    switch self {
    case .object, .array: false
    default: true
    }
  }
}
