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

  /// How a file that starts with `head` may be read in chunks: as UTF-8, with or without a byte
  /// order mark (which the caller drops); nil for a known binary format or a UTF-16 or UTF-32 mark.
  public static func encoding(ofHead head: UnsafeBufferPointer<UInt8>) -> TextEncoding? {
    guard head.count >= 4, NotCSVKind.recognise(head) == nil else { return nil }
    switch ByteOrderMark(head) {
    case nil: return .utf8
    case .utf8?: return .utf8WithByteOrderMark
    case .utf16LittleEndian?, .utf16BigEndian?, .utf32?: return nil
    }
  }

  /// `chunk`'s whole characters (after the ones the last chunk held back), or nil when the text is not
  /// NUL-free UTF-8 or, with `isLast`, ends inside a character.
  public mutating func take(_ chunk: UnsafeBufferPointer<UInt8>, isLast: Bool) -> [UInt8]? {
    var text = carry
    carry = []
    text.append(contentsOf: chunk)
    guard let length = text.withUnsafeBufferPointer({ holdBack(from: $0, isLast: isLast) }) else { return nil }
    text.removeLast(text.count - length)
    return text
  }

  /// As `take(_:isLast:)`, for a chunk read straight into `room`: the characters held back from the
  /// last chunk are written at its start and `read` writes the chunk after them, answering how
  /// many bytes it wrote and whether they are the last. Returns how many bytes from the room's
  /// start are whole characters (those of a character the chunk's end cut are held back for the
  /// next room), or nil as `take(_:isLast:)` does. The room must have space for three bytes more
  /// than the chunk.
  public mutating func take<Failure: Error>(
    into room: UnsafeMutableBufferPointer<UInt8>,
    reading read: (UnsafeMutableBufferPointer<UInt8>) throws(Failure) -> (count: Int, isLast: Bool)
  ) throws(Failure) -> Int? {
    let held = carry.count
    for (offset, byte) in carry.enumerated() { room[offset] = byte }
    carry = []
    let (count, isLast) = try read(UnsafeMutableBufferPointer(rebasing: room[held...]))
    return holdBack(from: UnsafeBufferPointer(rebasing: room[..<(held + count)]), isLast: isLast)
  }

  /// Keeps the start of a character cut by the end of `text` (unless it is the last) for the next
  /// chunk, and returns the length of the rest, or nil when that is not NUL-free UTF-8.
  private mutating func holdBack(from text: UnsafeBufferPointer<UInt8>, isLast: Bool) -> Int? {
    var length = text.count
    if !isLast {
      length -= Self.cutCharacterLength(text)
      carry = Array(text[length...])
    }
    return UTF8Validation.firstProblem(in: UnsafeBufferPointer(rebasing: text[..<length])) == nil ? length : nil
  }

  /// The number of bytes at the end of `text` that start a character whose last bytes are still to
  /// come (0 when it ends on a character boundary).
  static func cutCharacterLength(_ text: UnsafeBufferPointer<UInt8>) -> Int {
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
