/// Runs `first` and `second` at once, `second` on a thread of its own, and returns both results
/// when both are done. The two must not touch the same mutable state.
public func bothAtOnce<First, Second>(_ first: () -> First, _ second: () -> Second) -> (First, Second) {
  withoutActuallyEscaping(second) { second in
    // `second` escapes only into work that is waited for before this returns.
    let background = BackgroundWork(second)
    background.start()
    let firstResult = first()
    return (firstResult, background.wait())
  }
}
