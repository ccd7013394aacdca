/// Runs `first` on this thread and `second` at once on a thread of its own, and returns both
/// results when both are done. `second` is `@Sendable`: the compiler checks that it shares no
/// mutable state with `first`.
public func bothAtOnce<First, Second: Sendable>(
  _ first: () -> First, _ second: @escaping @Sendable () -> Second
) -> (First, Second) {
  let background = BackgroundWork(second)
  background.start()
  let firstResult = first()
  return (firstResult, background.wait())
}
