import Testing

@testable import CSV

/// The chunk-fed reader (``CSV/CSVReader/init(dialect:)``, ``CSV/CSVReader/append(_:)``,
/// ``CSV/CSVReader/finishInput()``) keeps only the record in progress and the unread input, so a large file
/// streams in bounded memory.
@Suite struct StreamingTests {
  /// 20,000 records (about 1 MB) in 64 KiB chunks: the buffer never holds more than a chunk plus one record,
  /// and the records are the ones written.
  @Test func bufferStaysBounded() throws {
    let row = Array("2024-01-15,\"Acme, Inc.\",Site build,3.25,\"said \"\"ok\"\"\"\r\n".utf8)
    let rows = 20_000
    let input = (0..<rows).flatMap { _ in row }
    let chunk = 65_536
    var reader = CSVReader()
    var largestBuffer = 0
    var count = 0
    var offset = 0
    while true {
      while let record = try reader.nextRecord() {
        count += 1
        if count == 1 || count == rows {
          #expect(record.strings == ["2024-01-15", "Acme, Inc.", "Site build", "3.25", "said \"ok\""])
          #expect(record.startLine == count)
          #expect(record.startByteOffset == (count - 1) * row.count)
        }
      }
      guard offset < input.count else { break }
      reader.append(input[offset..<min(offset + chunk, input.count)])
      offset += chunk
      largestBuffer = max(largestBuffer, reader.buffer.count)
    }
    reader.finishInput()
    #expect(try reader.nextRecord() == nil)
    #expect(reader.isAtEnd)
    #expect(count == rows)
    #expect(largestBuffer <= chunk + row.count)
  }

  /// Appending nothing, or reading before any input, asks for more input rather than ending.
  @Test func emptyChunksAndEarlyReads() throws {
    var reader = CSVReader()
    #expect(try reader.nextRecord() == nil)
    #expect(!reader.isAtEnd)
    reader.append([UInt8]())
    reader.append(Array("a,b".utf8))
    #expect(try reader.nextRecord() == nil)
    reader.append([UInt8]())
    reader.finishInput()
    #expect(try reader.nextRecord()?.strings == ["a", "b"])
    #expect(try reader.nextRecord() == nil)
    #expect(reader.isAtEnd)
  }

  /// After a fatal error every later call throws it again, whatever is appended.
  @Test func fatalErrorSticks() {
    var reader = CSVReader()
    reader.append(Array("\"a".utf8))
    reader.finishInput()
    let error = CSVError.unterminatedQuote(
      opening: CSVPosition(line: 1, column: 1, byteOffset: 0, record: 1), linesSwallowed: 1)
    #expect(throws: error) { try reader.nextRecord() }
    #expect(throws: error) { try reader.nextRecord() }
  }
}
