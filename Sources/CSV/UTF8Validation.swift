/// Strict UTF-8 validation that also stops at NUL bytes, and the UTF-16-without-BOM heuristic.
enum UTF8Validation {
  /// The first thing that keeps a text from being NUL-free UTF-8.
  enum Problem: Equatable {
    /// A NUL byte at this offset.
    case nul(Int)
    /// The first byte of an invalid (or truncated) sequence at this offset.
    case invalid(Int)
  }

  /// The first NUL byte or invalid UTF-8 sequence in `text`, or `nil` when it is clean.
  ///
  /// Overlong forms, surrogates and values above U+10FFFF are invalid (RFC 3629).
  static func firstProblem(in text: UnsafeBufferPointer<UInt8>) -> Problem? {
    guard let start = text.baseAddress else { return nil }
    let count = text.count
    var i = 0
    while i < count {
      // Fast paths: 32, then eight ASCII bytes without a NUL at a time; else straight to the
      // first byte that is not. (A flag `zeroBytes` raises wrongly only sends the 32 bytes to
      // the test of eight, which looks again.)
      while i &+ 32 <= count {
        let raw = UnsafeRawPointer(start)
        let (a, b) = (ByteWord.load(raw, at: i), ByteWord.load(raw, at: i &+ 8))
        let (c, d) = (ByteWord.load(raw, at: i &+ 16), ByteWord.load(raw, at: i &+ 24))
        let zeros = ByteWord.zeroBytes(a) | ByteWord.zeroBytes(b) | ByteWord.zeroBytes(c) | ByteWord.zeroBytes(d)
        guard (a | b | c | d) & ByteWord.highBits | zeros == 0 else { break }
        i &+= 32
      }
      guard i < count else { break }
      if i + 8 <= count {
        let word = ByteWord.load(UnsafeRawPointer(start), at: i)
        let stops = word & ByteWord.highBits | ByteWord.zeroBytes(word)
        if stops == 0 {
          i += 8
          continue
        }
        i += ByteWord.firstFlagged(stops)
      }
      let lead = text[i]
      if lead == 0 { return .nul(i) }
      if lead < 0x80 {
        i += 1
        continue
      }
      let length: Int
      var low: UInt8 = 0x80
      var high: UInt8 = 0xBF
      switch lead {
      case 0xC2...0xDF: length = 2
      case 0xE0: length = 3; low = 0xA0
      case 0xE1...0xEC, 0xEE...0xEF: length = 3
      case 0xED: length = 3; high = 0x9F
      case 0xF0: length = 4; low = 0x90
      case 0xF1...0xF3: length = 4
      case 0xF4: length = 4; high = 0x8F
      default: return .invalid(i)
      }
      guard i + length <= count, (low...high).contains(text[i + 1]) else { return .invalid(i) }
      for k in 2..<length where text[i + k] & 0xC0 != 0x80 { return .invalid(i) }
      i += length
    }
    return nil
  }

  /// True when NUL bytes sit mostly at even or mostly at odd offsets in the first 4 KiB: ASCII-range text
  /// in UTF-16 has a zero high byte in every code unit.
  static func looksLikeUTF16(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
    let sample = min(text.count, 4096) & ~1
    guard sample >= 4 else { return false }
    var evenZeros = 0
    var oddZeros = 0
    for i in stride(from: 0, to: sample, by: 2) {
      if text[i] == 0 { evenZeros += 1 }
      if text[i + 1] == 0 { oddZeros += 1 }
    }
    let units = sample / 2
    let most = max(evenZeros, oddZeros)
    let least = min(evenZeros, oddZeros)
    // A single NUL is no pattern: in a file of a few bytes it alone would pass the ratio test.
    return most >= 2 && most * 10 >= units * 3 && least * 4 <= most
  }
}
