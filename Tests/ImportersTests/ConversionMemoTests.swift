import Testing

@testable import Importers

/// A column's remembered conversions: values and problems alike come back as first converted.
@Suite struct ConversionMemoTests {
  /// Converts `cell` through `memo` to a number (nil when empty), counting the conversions in
  /// `calls`; a problem reads as its message.
  static func convert(_ memo: inout ConversionMemo<Int>, _ cell: String, calls: inout Int) -> String {
    let result = Array(cell.utf8).withUnsafeBufferPointer { bytes in
      Result { () throws(RowProblem) -> Int? in
        try memo.value(for: bytes) { () throws(RowProblem) in
          calls += 1
          if cell.isEmpty { return nil }
          guard let value = Int(cell) else { throw RowProblem(column: 2, message: "'\(cell)' is no number") }
          return value
        }
      }
    }
    switch result {
    case .success(let value?): return "\(value)"
    case .success(nil): return "nil"
    case .failure(let problem): return problem.message
    }
  }

  @Test func aCellSeenBeforeGivesItsFirstValueOrProblemWithoutConvertingAgain() {
    var memo = ConversionMemo<Int>()
    var calls = 0
    let results = ["12", "x", "12", "x", "7"].map { Self.convert(&memo, $0, calls: &calls) }
    #expect(results == ["12", "'x' is no number", "12", "'x' is no number", "7"])
    #expect(calls == 3)
  }

  @Test func knownTellsValuesApartFromProblemsAndUnseenCells() {
    var memo = ConversionMemo<Int>()
    var calls = 0
    for cell in ["5", "", "x"] { _ = Self.convert(&memo, cell, calls: &calls) }
    func known(_ cell: String) -> Int?? { Array(cell.utf8).withUnsafeBufferPointer { memo.known($0) } }
    #expect(known("5") == .some(5))
    #expect(known("") == .some(nil))
    #expect(known("x") == nil)
    #expect(known("6") == nil)
  }

  /// A full memo converts every new cell, problems included, and keeps none of them.
  @Test func aFullMemoConvertsNewCellsEachTime() {
    var memo = ConversionMemo<Int>(limit: 1)
    var calls = 0
    let results = ["1", "x", "x", "1", "y"].map { Self.convert(&memo, $0, calls: &calls) }
    #expect(results == ["1", "'x' is no number", "'x' is no number", "1", "'y' is no number"])
    #expect(calls == 4)
    #expect(Array("x".utf8).withUnsafeBufferPointer { memo.known($0) } == nil)
  }
}
