/// One column's cell conversions, remembered by the cell's bytes: the value each cell converted
/// to, or the problem it raised.
///
/// The table holds only plain values (a problem is stored by its number), so a lookup copies a few
/// bytes and counts no references: it is made for every cell of a million rows.
struct ConversionMemo<Value> {
  private enum Remembered {
    case value(Value?)
    case problem(Int)
  }

  private var table: ByteKeyedTable<Remembered>
  private var problems: [RowProblem] = []

  /// At most `limit` cells are remembered (see `ByteKeyedTable`).
  init(limit: Int = 1 << 16) {
    table = ByteKeyedTable(limit: limit)
  }

  /// The value remembered for `bytes`, or `convert()`'s, remembered (when there is room) and returned.
  mutating func value(
    for bytes: UnsafeBufferPointer<UInt8>, convert: () throws(RowProblem) -> Value?
  ) throws(RowProblem) -> Value? {
    let (keyCount, problemCount) = (table.count, problems.count)
    var raised: RowProblem?
    let remembered = table.value(for: bytes) { _ in
      do throws(RowProblem) { return .value(try convert()) } catch {
        raised = error
        return .problem(problemCount)
      }
    }
    if let raised {
      // Kept only when the table kept its cell (a full table keeps nothing more).
      if table.count > keyCount { problems.append(raised) }
      throw raised
    }
    switch remembered {
    case .value(let value): return value
    case .problem(let number): throw problems[number]
    }
  }

  /// The value remembered for `bytes`: nil when they were not seen, or raised a problem.
  func known(_ bytes: UnsafeBufferPointer<UInt8>) -> Value?? {
    guard case .value(let value) = table.value(for: bytes) else { return nil }
    return .some(value)
  }
}
