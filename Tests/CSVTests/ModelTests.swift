import CSV
import Testing

/// Generated inputs, checked against ``ReferenceReader`` (a plain reading of the documented rules) and
/// across chunkings of random sizes; and generated records, written as RFC 4180 and read back.
///
/// The generator is seeded, so a failure names an input that fails again on the next run.
@Suite struct ModelTests {
  /// Pieces the inputs are made of: every byte the state machine treats specially, and some it does not.
  static let pieces = ["a", "b", ",", "\"", "\"\"", "\n", "\r", "\r\n", "é", "😀", " ", "\u{FEFF}"]

  @Test(arguments: [",\"", ";'"])
  func readerMatchesTheReferenceOnGeneratedInputs(_ delimiterAndQuote: String) {
    let bytes = Array(delimiterAndQuote.utf8)
    let dialect = CSVDialect(delimiter: bytes[0], quote: bytes[1])
    let pieces = Self.pieces + [";", "'", "''"]
    var random = SplitMix64(seed: 0x00C5_5EED)
    for _ in 0..<4000 {
      let count = Int(random.next() % 16)
      let input = (0..<count).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
      let bytes = Array(input.utf8)
      let whole = Read.events(bytes, dialect: dialect, chunking: .whole)
      #expect(
        Read.summary(whole) == ReferenceReader.read(bytes, delimiter: dialect.delimiter, quote: dialect.quote),
        "\(input.debugDescription)")
      let chunked = Read.events(bytes, dialect: dialect, chunkSizes: { Int(random.next() % 5) + 1 })
      #expect(chunked == whole, "\(input.debugDescription) in random chunks")
      let written = Read.events(
        bytes, dialect: dialect, chunkSizes: { Int(random.next() % 5) + 1 }, writtenInPlace: true)
      #expect(written == whole, "\(input.debugDescription) in random chunks written in place")
    }
  }

  /// Records handed over as views (`readRecords`) are the records `nextRecord()` gives, with the
  /// same numbers and lines, errors and positions.
  @Test func recordViewsAreTheRecords() {
    let pieces = Self.pieces + ["abc,", "x,y\n", "\"q,\"\n"]
    var random = SplitMix64(seed: 0x0001_7ACE)
    var viewed = 0
    for round in 0..<4000 {
      let count = Int(random.next() % 24)
      let input = (0..<count).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
      let bytes = Array(input.utf8)
      let whole = Read.events(bytes, chunking: .whole).map(Read.numbered)
      let views = Read.numberedEvents(
        bytes, chunkSizes: { Int(random.next() % 9) + 1 }, writtenInPlace: round % 2 == 0,
        viewed: &viewed)
      #expect(views == whole, "\(input.debugDescription)")
    }
    #expect(viewed > 500)
  }

  /// With a field cap of 3 bytes the error, where it comes, is the same whatever the chunk sizes.
  @Test func fieldCapAgreesAcrossChunkings() {
    let dialect = CSVDialect(maxFieldBytes: 3)
    var random = SplitMix64(seed: 0x0000_CAB5)
    for _ in 0..<3000 {
      let count = Int(random.next() % 14)
      let input = (0..<count).map { _ in Self.pieces[Int(random.next() % UInt64(Self.pieces.count))] }.joined()
      let bytes = Array(input.utf8)
      let whole = Read.events(bytes, dialect: dialect, chunking: .whole)
      let chunked = Read.events(bytes, dialect: dialect, chunkSizes: { Int(random.next() % 4) + 1 })
      #expect(chunked == whole, "\(input.debugDescription)")
    }
  }

  @Test func writtenRecordsReadBack() {
    var random = SplitMix64(seed: 0x0000_2011)
    let characters = ["x", "y", ",", "\"", "\n", "\r", " ", "é", "\u{FEFF}"]
    let endings = ["\n", "\r\n", "\r"]
    for _ in 0..<2000 {
      let records = (0..<Int(random.next() % 4) + 1).map { _ in
        (0..<Int(random.next() % 4) + 1).map { _ in
          (0..<Int(random.next() % 4)).map { _ in characters[Int(random.next() % UInt64(characters.count))] }.joined()
        }
      }
      let ending = endings[Int(random.next() % 3)]
      let text = records.map(Self.write).joined(separator: ending) + (random.next() % 2 == 0 ? ending : "")
      let events = Read.agreed(Array(text.utf8))
      #expect(events.map(\.fields) == records.map { $0 }, "\(text.debugDescription)")
    }
  }

  /// One record in RFC 4180 form: a field is quoted when it holds a delimiter, quote or line break, starts
  /// with a BOM (at byte 0 it would be skipped), or is the only field and empty (else the line is empty).
  static func write(_ record: [String]) -> String {
    record.map { field in
      let needsQuotes =
        field.unicodeScalars.contains(where: { ",\"\n\r".unicodeScalars.contains($0) })
        || field.unicodeScalars.first == "\u{FEFF}"
        || (record.count == 1 && field.isEmpty)
      let doubled = String(String.UnicodeScalarView(field.unicodeScalars.flatMap { $0 == "\"" ? ["\"", "\""] : [$0] }))
      return needsQuotes ? "\"" + doubled + "\"" : field
    }.joined(separator: ",")
  }
}

/// A small, seeded pseudo-random generator (SplitMix64), so generated tests repeat exactly.
struct SplitMix64 {
  var state: UInt64
  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE5_E9B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
