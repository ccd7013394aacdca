import Localization
import Testing

@testable import Importers

/// A column's remembered conversions: values and problems alike come back as first converted.
@Suite struct CellMemoTests {
  /// Converts `cell` through `memo` to a number (nil when empty), counting the conversions in
  /// `calls`; a problem reads as its message.
  static func convert(_ memo: inout CellMemo<Int>, _ cell: String, calls: inout Int) -> String {
    let result = Array(cell.utf8).withUnsafeBufferPointer { bytes in
      Result { () throws(RowProblem) -> Int? in
        if let known = try memo.known(bytes) { return known }
        calls += 1
        let outcome = Result { () throws(RowProblem) -> Int? in
          if cell.isEmpty { return nil }
          guard let value = Int(cell) else {
            throw RowProblem(column: 2, text: .untranslated("'\(cell)' is no number"), cause: "bad-number")
          }
          return value
        }
        return try memo.remember(bytes, outcome)
      }
    }
    switch result {
    case .success(let value?): return "\(value)"
    case .success(nil): return "nil"
    case .failure(let problem): return problem.message
    }
  }

  @Test func aCellSeenBeforeGivesItsFirstValueOrProblemWithoutConvertingAgain() {
    var memo = CellMemo<Int>()
    var calls = 0
    let results = ["12", "x", "12", "x", "7", ""].map { Self.convert(&memo, $0, calls: &calls) }
    #expect(results == ["12", "'x' is no number", "12", "'x' is no number", "7", "nil"])
    #expect(calls == 4)
    #expect(memo.conversions == 4)
  }

  /// A full memo converts every new cell, problems included, and keeps none of them.
  @Test func aFullMemoConvertsNewCellsEachTime() {
    var memo = CellMemo<Int>(limit: 1)
    var calls = 0
    let results = ["1", "x", "x", "1", "y"].map { Self.convert(&memo, $0, calls: &calls) }
    #expect(results == ["1", "'x' is no number", "'x' is no number", "1", "'y' is no number"])
    #expect(calls == 4)
  }
}
