/// Checks UTF-8 text that arrives in chunks, so a large file can be read piece by piece instead of
/// decoded whole.
///
/// Each chunk comes back with the character the previous chunk's end cut in front, and without the
/// one its own end cuts. Anything ``DecodedText`` would not pass through unchanged (a NUL byte,
/// invalid UTF-8, a cut character at the very end) makes ``take(_:isLast:)`` answer nil: the caller
/// then decodes the whole file with ``DecodedText/init(decoding:)``, which says what is wrong or
/// transcodes, exactly as for a small file.
public struct UTF8Chunks: Sendable {
  /// The start of a character cut by the last chunk's end.
  private var carry: [UInt8] = []

  public init() {}

  /// True when a file that starts with `head` may be read in chunks: text that is not a known binary
  /// format and has no UTF-16 or UTF-32 byte order mark. The head's UTF-8 BOM, if any, is for the
  /// caller to drop (``byteOrderMarkLength(_:)``).
  public static func canStream(head: UnsafeBufferPointer<UInt8>) -> Bool {
    guard head.count >= 4, NotCSVKind.recognise(head) == nil else { return false }
    let utf16or32 =
      (head[0] == 0xFF && head[1] == 0xFE) || (head[0] == 0xFE && head[1] == 0xFF)
      || (head[0] == 0 && head[1] == 0 && head[2] == 0xFE && head[3] == 0xFF)
    return !utf16or32
  }

  /// 3 when `head` opens with a UTF-8 byte order mark, else 0.
  public static func byteOrderMarkLength(_ head: UnsafeBufferPointer<UInt8>) -> Int {
    head.count >= 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF ? 3 : 0
  }

  /// `chunk`'s whole characters (after the ones the last chunk held back), or nil when the text is not
  /// NUL-free UTF-8 or, with `isLast`, ends inside a character.
  public mutating func take(_ chunk: UnsafeBufferPointer<UInt8>, isLast: Bool) -> [UInt8]? {
    var text = carry
    text.append(contentsOf: chunk)
    carry = []
    if !isLast {
      let cut = Self.cutCharacterLength(text)
      carry = Array(text.suffix(cut))
      text.removeLast(cut)
    }
    let clean = text.withUnsafeBufferPointer { UTF8Validation.firstProblem(in: $0) == nil }
    return clean ? text : nil
  }

  /// The number of bytes at the end of `text` that start a character whose last bytes are still to
  /// come (0 when it ends on a character boundary).
  static func cutCharacterLength(_ text: [UInt8]) -> Int {
    // A character is at most 4 bytes: look back at most 3 for its lead byte.
    var back = 1
    while back <= min(3, text.count) {
      let byte = text[text.count - back]
      if byte & 0xC0 != 0x80 {
        let length = CSVReader.scalarLength(leadByte: byte)
        return length > back ? back : 0
      }
      back += 1
    }
    return 0
  }
}
