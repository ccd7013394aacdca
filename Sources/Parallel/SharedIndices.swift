import Synchronization

/// The indices `0..<count` handed out one at a time, each once, to whichever thread asks next:
/// pieces of work of uneven sizes, taken this way, keep every thread busy until the last piece.
public final class SharedIndices: Sendable {
  public let count: Int
  private let taken = Atomic<Int>(0)

  public init(count: Int) {
    self.count = count
  }

  /// The next index no thread has taken; nil when every index has been.
  public func next() -> Int? {
    let index = taken.add(1, ordering: .relaxed).oldValue
    return index < count ? index : nil
  }
}
