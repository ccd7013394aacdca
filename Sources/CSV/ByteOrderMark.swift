/// The byte order mark a text opens with, if any.
enum ByteOrderMark: Equatable {
  case utf8
  case utf16LittleEndian
  case utf16BigEndian
  case utf32

  /// The mark at the start of `bytes` (UTF-32's `FF FE 00 00` wins over UTF-16's `FF FE`).
  init?(_ bytes: UnsafeBufferPointer<UInt8>) {
    func starts(_ prefix: UInt8...) -> Bool {
      bytes.count >= prefix.count && zip(bytes, prefix).allSatisfy { $0 == $1 }
    }
    if starts(0xFF, 0xFE, 0, 0) || starts(0, 0, 0xFE, 0xFF) {
      self = .utf32
    } else if starts(0xFF, 0xFE) {
      self = .utf16LittleEndian
    } else if starts(0xFE, 0xFF) {
      self = .utf16BigEndian
    } else if starts(0xEF, 0xBB, 0xBF) {
      self = .utf8
    } else {
      return nil
    }
  }
}
