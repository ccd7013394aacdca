import Localization

/// A small strict JSON (RFC 8259) parser for `clientworth.json`: keeps numbers as text, rejects
/// duplicate keys, and reports the line and column of the first problem.
///
/// Its work grows in step with the file, however it is laid out (a whole file on one line, an
/// object of 100,000 keys), and nesting deeper than `maximumDepth` is an error rather than a
/// stack overflow.
struct JSONParser {
  /// Arrays and objects inside one another: settings need four; far more is a mistake or an attack.
  static let maximumDepth = 64

  /// Malformed JSON, at a 1-based line and column.
  struct SyntaxError: Error, Equatable, Sendable {
    let line: Int
    let column: Int
    let message: LocalizedText
  }

  private let bytes: [UInt8]
  private var index = 0
  private var line = 1
  private var lineStart = 0
  private var depth = 0
  /// The last column worked out, and the byte it was for: columns are asked for in reading order,
  /// so each is counted on from the last rather than from the start of its line.
  private var counted = (index: 0, column: 1)

  /// Parses one JSON document (surrounding white space allowed, nothing else after it).
  static func parse(_ bytes: [UInt8]) throws(SyntaxError) -> JSONNode {
    var parser = JSONParser(bytes: bytes)
    // A UTF-8 byte order mark is not JSON, but editors write one; skip it.
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      parser.index = 3
      parser.lineStart = 3
    }
    parser.skipWhitespace()
    let node = try parser.value()
    parser.skipWhitespace()
    if parser.index < bytes.count { throw parser.error(.textAfterTheValue) }
    return node
  }

  private init(bytes: [UInt8]) { self.bytes = bytes }

  /// The 1-based column of the current byte, in characters: UTF-8 continuation bytes (10xxxxxx)
  /// do not start one.
  private mutating func column() -> Int {
    let end = min(index, bytes.count)
    if counted.index < lineStart || counted.index > end { counted = (lineStart, 1) }
    counted.column = bytes[counted.index..<end].reduce(counted.column) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
    counted.index = end
    return counted.column
  }

  private mutating func error(_ message: LocalizedText) -> SyntaxError {
    SyntaxError(line: line, column: column(), message: message)
  }

  private var current: UInt8? { index < bytes.count ? bytes[index] : nil }

  private mutating func skipWhitespace() {
    while let byte = current {
      switch byte {
      case 0x20, 0x09, 0x0D: index += 1
      case 0x0A:
        index += 1
        line += 1
        lineStart = index
      default: return
      }
    }
  }

  private mutating func value() throws(SyntaxError) -> JSONNode {
    let (startLine, startColumn) = (line, column())
    func node(_ value: JSONNode.Value) -> JSONNode { JSONNode(value: value, line: startLine, column: startColumn) }
    guard let byte = current else { throw error(.unexpectedEnd) }
    switch byte {
    case UInt8(ascii: "{"), UInt8(ascii: "["):
      depth += 1
      defer { depth -= 1 }
      guard depth <= Self.maximumDepth else {
        throw error(.nestedTooDeep(Self.maximumDepth))
      }
      return node(byte == UInt8(ascii: "{") ? .object(try object()) : .array(try array()))
    case UInt8(ascii: "\""): return node(.string(try string()))
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return node(.number(try number()))
    case UInt8(ascii: "t"):
      try literal("true")
      return node(.bool(true))
    case UInt8(ascii: "f"):
      try literal("false")
      return node(.bool(false))
    case UInt8(ascii: "n"):
      try literal("null")
      return node(.null)
    default: throw error(.expectedValue)
    }
  }

  private mutating func literal(_ word: String) throws(SyntaxError) {
    let expected = Array(word.utf8)
    guard bytes[index...].starts(with: expected) else { throw error(.expectedValue) }
    index += expected.count
  }

  private mutating func expect(_ byte: UInt8, _ what: LocalizedText) throws(SyntaxError) {
    guard current == byte else { throw error(.expected(what)) }
    index += 1
  }

  private mutating func object() throws(SyntaxError) -> [JSONNode.Member] {
    index += 1
    var members: [JSONNode.Member] = []
    var keys = Set<String>()
    skipWhitespace()
    if current == UInt8(ascii: "}") {
      index += 1
      return members
    }
    while true {
      skipWhitespace()
      let (keyLine, keyColumn) = (line, column())
      guard current == UInt8(ascii: "\"") else { throw error(.expectedKey) }
      let key = try string()
      guard keys.insert(key).inserted else {
        throw SyntaxError(line: keyLine, column: keyColumn, message: .duplicateKey(key))
      }
      skipWhitespace()
      try expect(UInt8(ascii: ":"), .colonAfterTheKey)
      skipWhitespace()
      members.append(JSONNode.Member(key: key, line: keyLine, column: keyColumn, node: try value()))
      skipWhitespace()
      if current == UInt8(ascii: "}") {
        index += 1
        return members
      }
      try expect(UInt8(ascii: ","), .commaOrBrace)
    }
  }

  private mutating func array() throws(SyntaxError) -> [JSONNode] {
    index += 1
    var elements: [JSONNode] = []
    skipWhitespace()
    if current == UInt8(ascii: "]") {
      index += 1
      return elements
    }
    while true {
      skipWhitespace()
      elements.append(try value())
      skipWhitespace()
      if current == UInt8(ascii: "]") {
        index += 1
        return elements
      }
      try expect(UInt8(ascii: ","), .commaOrBracket)
    }
  }

  private mutating func string() throws(SyntaxError) -> String {
    index += 1
    var scalars = String.UnicodeScalarView()
    var run: [UInt8] = []
    func flush() {
      scalars.append(contentsOf: String(decoding: run, as: UTF8.self).unicodeScalars)
      run.removeAll(keepingCapacity: true)
    }
    while let byte = current {
      index += 1
      switch byte {
      case UInt8(ascii: "\""):
        flush()
        return String(scalars)
      case UInt8(ascii: "\\"):
        flush()
        scalars.append(try escape())
      case 0x00..<0x20:
        index -= 1
        throw error(.controlCharacter)
      default: run.append(byte)
      }
    }
    throw error(.unterminatedString)
  }

  private mutating func escape() throws(SyntaxError) -> Unicode.Scalar {
    guard let byte = current else { throw error(.unterminatedString) }
    index += 1
    switch byte {
    case UInt8(ascii: "\""): return "\""
    case UInt8(ascii: "\\"): return "\\"
    case UInt8(ascii: "/"): return "/"
    case UInt8(ascii: "b"): return "\u{08}"
    case UInt8(ascii: "f"): return "\u{0C}"
    case UInt8(ascii: "n"): return "\n"
    case UInt8(ascii: "r"): return "\r"
    case UInt8(ascii: "t"): return "\t"
    case UInt8(ascii: "u"):
      let high = try hex4()
      if (0xD800..<0xDC00).contains(high), bytes[index...].starts(with: Array("\\u".utf8)) {
        index += 2
        let low = try hex4()
        if (0xDC00..<0xE000).contains(low),
          let scalar = Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
        {
          return scalar
        }
      }
      guard let scalar = Unicode.Scalar(high) else { throw error(.invalidUnicodeEscape) }
      return scalar
    default:
      index -= 2  // point at the backslash
      throw error(.invalidEscape(Character(Unicode.Scalar(byte))))
    }
  }

  private mutating func hex4() throws(SyntaxError) -> UInt32 {
    var value: UInt32 = 0
    for _ in 0..<4 {
      guard let byte = current, let digit = Self.hexValue(byte) else { throw error(.expectedHexDigits) }
      value = value * 16 + digit
      index += 1
    }
    return value
  }

  private static func hexValue(_ byte: UInt8) -> UInt32? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
    case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
    case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
    default: nil
    }
  }

  /// `-?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?`, returned as written.
  private mutating func number() throws(SyntaxError) -> String {
    let start = index
    func digits() -> Int {
      var count = 0
      while let byte = current, byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
        index += 1
        count += 1
      }
      return count
    }
    if current == UInt8(ascii: "-") { index += 1 }
    if current == UInt8(ascii: "0") {
      index += 1
    } else if digits() == 0 {
      throw error(.invalidNumber)
    }
    if current == UInt8(ascii: ".") {
      index += 1
      if digits() == 0 {
        throw error(.digitsAfterThePoint)
      }
    }
    if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
      index += 1
      if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { index += 1 }
      if digits() == 0 {
        throw error(.digitsInTheExponent)
      }
    }
    return String(decoding: bytes[start..<index], as: UTF8.self)
  }
}
