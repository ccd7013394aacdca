/// `body` of each index below `count`, in order: the even indices on this thread, the odd ones at
/// once on another (`bothAtOnce`). For work whose items cost about the same.
public func eachOnBothCores<Result: Sendable>(_ count: Int, _ body: @escaping @Sendable (Int) -> Result) -> [Result] {
  guard count > 1 else { return (0..<count).map(body) }
  let (even, odd) = bothAtOnce(
    { stride(from: 0, to: count, by: 2).map(body) }, { stride(from: 1, to: count, by: 2).map(body) })
  return (0..<count).map { $0 % 2 == 0 ? even[$0 / 2] : odd[$0 / 2] }
}
