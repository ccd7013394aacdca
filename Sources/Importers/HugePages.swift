#if canImport(Glibc)
  import Glibc
#endif

/// Asks the kernel to back large, fresh memory with 2 MiB pages where it can.
///
/// A new array of tens of megabytes is otherwise touched in 4 KiB pages, each a page fault on
/// first write (thousands per large import). Advice only: where huge pages are off or not
/// available, nothing changes.
enum HugePages {
  static let size = 2 << 20

  /// Advises the whole huge pages inside `buffer`; call it before the buffer is first written.
  static func advise(_ buffer: UnsafeMutableRawBufferPointer) {
    #if os(Linux)
      guard let base = buffer.baseAddress, buffer.count >= 2 * size else { return }
      let start = (Int(bitPattern: base) + size - 1) & ~(size - 1)
      let end = (Int(bitPattern: base) + buffer.count) & ~(size - 1)
      _ = madvise(UnsafeMutableRawPointer(bitPattern: start), end - start, MADV_HUGEPAGE)
    #endif
  }
}
