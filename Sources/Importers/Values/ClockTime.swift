/// A time of day as exports write it: `09:00`, `9:00:00`, `10:23:52 AM`, `10:23 pm`, or the time
/// part of a date-time (`2025-03-03 09:00`, `2025-03-03T09:00:00Z`).
enum ClockTime {
  /// Seconds since midnight; nil when the text is no time of day.
  static func seconds(_ text: String) -> Int? {
    var words = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "t" })
    // A date-time: the date goes first (`2025-03-03`, `03/03/2025`, `03.03.2025`).
    if words.count > 1, words[0].contains(where: { $0 == "-" || $0 == "/" || $0 == "." }) { words.removeFirst() }
    var pm: Bool?
    if let last = words.last, last == "am" || last == "pm" {
      pm = last == "pm"
      words.removeLast()
    } else if let last = words.last, last.hasSuffix("am") || last.hasSuffix("pm") {
      pm = last.hasSuffix("pm")
      words[words.count - 1] = last.dropLast(2)
    }
    guard words.count == 1 else { return nil }
    var clock = words[0]
    if clock.hasSuffix("z") { clock = clock.dropLast() }
    let fields = clock.split(separator: ":", omittingEmptySubsequences: false)
    guard (2...3).contains(fields.count),
      fields.allSatisfy({ (1...2).contains($0.count) && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
      var hour = Int(fields[0]), let minute = Int(fields[1]), minute < 60
    else { return nil }
    let second = fields.count == 3 ? Int(fields[2]) ?? 60 : 0
    guard second < 60 else { return nil }
    if let pm {
      guard (1...12).contains(hour) else { return nil }
      hour = hour % 12 + (pm ? 12 : 0)
    }
    guard hour < 24 else { return nil }
    return hour * 3600 + minute * 60 + second
  }

  /// `H:MM`, `HH:MM:SS`, with ` AM`/` PM` (any case), read from the bytes without a string: the
  /// forms exports write on every row. Nil for anything else, which `seconds(_:)` then reads.
  @inline(__always)
  static func seconds(bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    if bytes.count == 8, let seconds = secondsOfEightBytes(bytes) { return seconds }
    var index = 0
    func number() -> Int? {
      var value = 0
      let start = index
      while index < bytes.count, index - start < 2, bytes[index] &- 48 < 10 {
        value = value * 10 + Int(bytes[index] &- 48)
        index += 1
      }
      return index > start ? value : nil
    }
    func colon() -> Bool {
      guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { return false }
      index += 1
      return true
    }
    guard var hour = number(), colon(), let minute = number(), minute < 60 else { return nil }
    var second = 0
    if colon() {
      guard let read = number(), read < 60 else { return nil }
      second = read
    }
    if index < bytes.count {
      guard bytes.count - index == 3, bytes[index] == 0x20, bytes[index + 2] | 0x20 == UInt8(ascii: "m") else {
        return nil
      }
      let half = bytes[index + 1] | 0x20
      guard half == UInt8(ascii: "a") || half == UInt8(ascii: "p"), (1...12).contains(hour) else { return nil }
      hour = hour % 12 + (half == UInt8(ascii: "p") ? 12 : 0)
    }
    return hour < 24 ? hour * 3600 + minute * 60 + second : nil
  }

  /// True when the text writes a 12-hour time (`10:23 AM`): its date, if any, is month-first.
  static func isTwelveHour(_ text: String) -> Bool {
    let lower = text.lowercased()
    return (lower.hasSuffix("am") || lower.hasSuffix("pm")) && seconds(text) != nil
  }

  /// `HH:MM:SS`, the form of nearly every clock time of a large export, read in one pass.
  @inline(__always)
  private static func secondsOfEightBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    guard let base = bytes.baseAddress, base[2] == UInt8(ascii: ":"), base[5] == UInt8(ascii: ":") else { return nil }
    let (h1, h0, m1, m0) = (base[0] &- 48, base[1] &- 48, base[3] &- 48, base[4] &- 48)
    let (s1, s0) = (base[6] &- 48, base[7] &- 48)
    guard h1 < 10, h0 < 10, m1 < 6, m0 < 10, s1 < 6, s0 < 10 else { return nil }
    let hour = Int(h1) * 10 + Int(h0)
    guard hour < 24 else { return nil }
    return hour * 3600 + (Int(m1) * 10 + Int(m0)) * 60 + Int(s1) * 10 + Int(s0)
  }
}
