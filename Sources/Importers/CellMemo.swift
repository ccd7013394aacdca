/// One column's conversions by the general (text) readers, remembered by the cell's bytes: the
/// value each cell converted to, or the problem it raised. The byte-level readers take the common
/// forms of every value first; this pays for the rest only once per distinct text.
struct CellMemo<Value> {
  private enum Remembered {
    case value(Value?)
    case problem(Int)
  }

  private var table: ByteKeyedTable<Remembered>
  private var problems: [RowProblem] = []
  /// Cells converted by the general reader (the others were found here).
  private(set) var conversions = 0

  /// At most `limit` cells are remembered (see `ByteKeyedTable`).
  init(limit: Int = 1 << 16) {
    table = ByteKeyedTable(limit: limit)
  }

  /// What was remembered for `bytes`: nil when they were not seen, else their value, or their
  /// problem thrown again.
  func known(_ bytes: UnsafeBufferPointer<UInt8>) throws(RowProblem) -> Value?? {
    switch table.value(for: bytes) {
    case nil: return nil
    case .value(let value)?: return .some(value)
    case .problem(let number)?: throw problems[number]
    }
  }

  /// Remembers how `bytes` converted (when there is room), and returns the value or throws the
  /// problem.
  mutating func remember(
    _ bytes: UnsafeBufferPointer<UInt8>, _ outcome: Result<Value?, RowProblem>
  ) throws(RowProblem) -> Value? {
    conversions += 1
    switch outcome {
    case .success(let value):
      _ = table.insert(bytes, value: .value(value))
      return value
    case .failure(let problem):
      let kept = table.count
      _ = table.insert(bytes, value: .problem(problems.count))
      // Kept only when the table kept its cell (a full table keeps nothing more).
      if table.count > kept { problems.append(problem) }
      throw problem
    }
  }
}
