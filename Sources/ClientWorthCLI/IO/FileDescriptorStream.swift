#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Standard output or standard error as a text stream. When the reader has gone (a closed pipe:
/// `clientworth report | head -1`), writing stops quietly, as xsv and other Unix tools do; any
/// other failure (a full disk, /dev/full) stops it too and is kept in `failure`, for the run to
/// end with exit 73 instead of losing the output without a word.
struct FileDescriptorStream: TextOutputStream {
  let descriptor: Int32
  /// Set once a write failed; nothing more is written.
  private(set) var closed = false
  /// Why a write failed, when it was not a closed pipe.
  private(set) var failure: String?

  init(descriptor: Int32) { self.descriptor = descriptor }

  mutating func write(_ string: String) {
    guard !closed else { return }
    if let problem = OutputFile.writeAll(Array(string.utf8), to: descriptor) {
      closed = true
      if problem != EPIPE { failure = String(cString: strerror(problem)) }
    }
  }
}
