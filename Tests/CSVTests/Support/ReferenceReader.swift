/// A slow, plain reading of the documented rules (docs/csv.md), written without the reader's state machine,
/// buffers or fast paths, to check the reader against on generated inputs.
///
/// It has no field cap and gives ``Read/Summary`` values.
enum ReferenceReader {
  static func read(_ bytes: [UInt8], delimiter comma: UInt8 = UInt8(ascii: ","), quote: UInt8 = UInt8(ascii: "\""))
    -> [Read.Summary]
  {
    let lf: UInt8 = 0x0A, cr: UInt8 = 0x0D
    var result: [Read.Summary] = []
    var i = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    var line = 1
    var lineStart = i
    func isBreak(_ index: Int) -> Bool { index < bytes.count && (bytes[index] == lf || bytes[index] == cr) }
    /// Steps over the line break at `i` (CRLF is one).
    func stepOverBreak() {
      if bytes[i] == cr && i + 1 < bytes.count && bytes[i + 1] == lf { i += 1 }
      i += 1
      line += 1
      lineStart = i
    }
    func column(_ index: Int) -> Int { bytes[lineStart..<index].filter { $0 & 0xC0 != 0x80 }.count + 1 }

    while i < bytes.count {
      if isBreak(i) {
        stepOverBreak()
        continue
      }
      var fields: [String] = []
      var spoiled = false
      fieldLoop: while true {
        var value: [UInt8] = []
        if i < bytes.count && bytes[i] == quote {
          let opening = "\(line):\(column(i))"
          i += 1
          while true {
            guard i < bytes.count else {
              result.append(.error("!unterminatedQuote \(opening)"))
              return result
            }
            if bytes[i] == quote {
              if i + 1 < bytes.count && bytes[i + 1] == quote {
                value.append(quote)
                i += 2
                continue
              }
              i += 1
              break
            }
            if isBreak(i) {
              let start = i
              stepOverBreak()
              value += bytes[start..<i]
            } else {
              value.append(bytes[i])
              i += 1
            }
          }
          if i < bytes.count && bytes[i] != comma && !isBreak(i) {
            result.append(.error("!unexpectedByteAfterQuote \(line):\(column(i))"))
            while i < bytes.count && !isBreak(i) { i += 1 }
            spoiled = true
          }
        } else {
          while i < bytes.count && bytes[i] != comma && !isBreak(i) {
            value.append(bytes[i])
            i += 1
          }
        }
        if !spoiled { fields.append(String(decoding: value, as: UTF8.self)) }
        if spoiled || i == bytes.count || isBreak(i) { break fieldLoop }
        i += 1  // the delimiter
      }
      if !spoiled { result.append(.record(fields)) }
      if i < bytes.count { stepOverBreak() }
    }
    return result
  }
}
