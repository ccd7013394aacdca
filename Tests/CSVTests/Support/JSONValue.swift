/// A JSON value read by a small parser of our own.
///
/// Not `JSONSerialization`: on Linux it silently drops a U+FEFF at the start of a string value, which would
/// turn the BOM cases of the suites into tests of nothing. Objects keep their key order; numbers keep their text.
indirect enum JSONValue: Hashable, Sendable {
  case null
  case bool(Bool)
  case number(String)
  case string(String)
  case array([JSONValue])
  case object([(key: String, value: JSONValue)])

  static func == (left: JSONValue, right: JSONValue) -> Bool { left.canonicalText == right.canonicalText }
  func hash(into hasher: inout Hasher) { hasher.combine(canonicalText) }

  /// The string, or `nil` for another kind of value.
  var string: String? {
    if case .string(let text) = self { return text }
    return nil
  }

  /// The elements of an array, or `nil`.
  var array: [JSONValue]? {
    if case .array(let elements) = self { return elements }
    return nil
  }

  /// An array of strings (a record), or `nil`.
  var strings: [String]? {
    array.flatMap { elements in
      let strings = elements.compactMap(\.string)
      return strings.count == elements.count ? strings : nil
    }
  }

  /// The value of `key` in an object (the first, if repeated), or `nil`.
  subscript(key: String) -> JSONValue? {
    if case .object(let members) = self { return members.first { $0.key == key }?.value }
    return nil
  }

  /// The text with object keys sorted and no spaces: two values are equal exactly when their texts are.
  var canonicalText: String {
    switch self {
    case .null: return "null"
    case .bool(let value): return value ? "true" : "false"
    case .number(let text): return text
    case .string(let text): return Self.quoted(text)
    case .array(let elements): return "[" + elements.map(\.canonicalText).joined(separator: ",") + "]"
    case .object(let members):
      let sorted = members.sorted {
        Array($0.key.unicodeScalars).lexicographicallyPrecedes(Array($1.key.unicodeScalars))
      }
      return "{" + sorted.map { Self.quoted($0.key) + ":" + $0.value.canonicalText }.joined(separator: ",") + "}"
    }
  }

  private static func quoted(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      case "\u{0}"..."\u{1F}", "\u{FEFF}":
        let hex = String(scalar.value, radix: 16)
        result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result + "\""
  }
}

extension JSONValue: CustomStringConvertible {
  var description: String { canonicalText }
}

extension JSONValue {
  /// Array of strings, the JSON form of a record.
  init(_ strings: [String]) { self = .array(strings.map(JSONValue.string)) }

  /// Parses JSON text (UTF-8 bytes).
  init(parsing bytes: [UInt8]) throws {
    var parser = JSONParser(bytes: bytes)
    self = try parser.document()
  }

  /// Parses JSON source text, as written in tests.
  init(parsing text: String) throws { try self.init(parsing: Array(text.utf8)) }
}

/// Malformed JSON, with the byte offset where it went wrong.
struct JSONSyntaxError: Error, CustomStringConvertible {
  var offset: Int
  var description: String { "invalid JSON at byte \(offset)" }
}

/// A recursive-descent parser over UTF-8 bytes (RFC 8259).
private struct JSONParser {
  let bytes: [UInt8]
  var index = 0

  init(bytes: [UInt8]) { self.bytes = bytes }

  mutating func document() throws -> JSONValue {
    let value = try self.value()
    skipSpace()
    guard index == bytes.count else { throw JSONSyntaxError(offset: index) }
    return value
  }

  private mutating func skipSpace() {
    while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
  }

  private mutating func value() throws -> JSONValue {
    skipSpace()
    guard index < bytes.count else { throw JSONSyntaxError(offset: index) }
    switch bytes[index] {
    case UInt8(ascii: "{"): return try object()
    case UInt8(ascii: "["): return try array()
    case UInt8(ascii: "\""): return .string(try string())
    case UInt8(ascii: "t"): return try literal("true", .bool(true))
    case UInt8(ascii: "f"): return try literal("false", .bool(false))
    case UInt8(ascii: "n"): return try literal("null", .null)
    default: return try number()
    }
  }

  private mutating func literal(_ word: String, _ value: JSONValue) throws -> JSONValue {
    let letters = Array(word.utf8)
    guard bytes.count - index >= letters.count, Array(bytes[index..<index + letters.count]) == letters else {
      throw JSONSyntaxError(offset: index)
    }
    index += letters.count
    return value
  }

  private mutating func number() throws -> JSONValue {
    let start = index
    while index < bytes.count, "+-0123456789.eE".utf8.contains(bytes[index]) { index += 1 }
    guard index > start else { throw JSONSyntaxError(offset: index) }
    return .number(String(decoding: bytes[start..<index], as: UTF8.self))
  }

  private mutating func expect(_ byte: Character) throws {
    skipSpace()
    guard index < bytes.count, bytes[index] == byte.asciiValue else { throw JSONSyntaxError(offset: index) }
    index += 1
  }

  private mutating func next(is byte: Character) -> Bool {
    skipSpace()
    guard index < bytes.count, bytes[index] == byte.asciiValue else { return false }
    index += 1
    return true
  }

  private mutating func array() throws -> JSONValue {
    try expect("[")
    var elements: [JSONValue] = []
    if next(is: "]") { return .array(elements) }
    repeat { elements.append(try value()) } while next(is: ",")
    try expect("]")
    return .array(elements)
  }

  private mutating func object() throws -> JSONValue {
    try expect("{")
    var members: [(key: String, value: JSONValue)] = []
    if next(is: "}") { return .object(members) }
    repeat {
      skipSpace()
      let key = try string()
      try expect(":")
      members.append((key, try value()))
    } while next(is: ",")
    try expect("}")
    return .object(members)
  }

  private mutating func string() throws -> String {
    try expect("\"")
    var scalars = String.UnicodeScalarView()
    var run: [UInt8] = []
    func flush() {
      scalars.append(contentsOf: String(decoding: run, as: UTF8.self).unicodeScalars)
      run.removeAll()
    }
    while index < bytes.count {
      let byte = bytes[index]
      index += 1
      if byte == UInt8(ascii: "\"") {
        flush()
        return String(scalars)
      }
      guard byte == UInt8(ascii: "\\") else {
        run.append(byte)
        continue
      }
      flush()
      guard index < bytes.count else { break }
      let escape = bytes[index]
      index += 1
      switch escape {
      case UInt8(ascii: "n"): scalars.append("\n")
      case UInt8(ascii: "r"): scalars.append("\r")
      case UInt8(ascii: "t"): scalars.append("\t")
      case UInt8(ascii: "b"): scalars.append("\u{8}")
      case UInt8(ascii: "f"): scalars.append("\u{C}")
      case UInt8(ascii: "u"):
        var value = try hex4()
        if (0xD800...0xDBFF).contains(value), try expectLowSurrogatePrefix() {
          value = 0x10000 + ((value - 0xD800) << 10) + (try hex4() - 0xDC00)
        }
        guard let scalar = Unicode.Scalar(value) else { throw JSONSyntaxError(offset: index) }
        scalars.append(scalar)
      default: scalars.append(Unicode.Scalar(escape))
      }
    }
    throw JSONSyntaxError(offset: index)
  }

  private mutating func expectLowSurrogatePrefix() throws -> Bool {
    guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
      throw JSONSyntaxError(offset: index)
    }
    index += 2
    return true
  }

  private mutating func hex4() throws -> UInt32 {
    guard index + 4 <= bytes.count,
      let value = UInt32(String(decoding: bytes[index..<index + 4], as: UTF8.self), radix: 16)
    else { throw JSONSyntaxError(offset: index) }
    index += 4
    return value
  }
}
