#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Standard output or standard error as a text stream. When the reader has gone (a closed pipe:
/// `clientworth report | head -1`), writing stops quietly, as xsv and other Unix tools do.
struct FileDescriptorStream: TextOutputStream {
  let descriptor: Int32
  /// Set once a write failed; nothing more is written.
  private(set) var closed = false

  init(descriptor: Int32) { self.descriptor = descriptor }

  mutating func write(_ string: String) {
    guard !closed else { return }
    var bytes = Array(string.utf8)
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeMutableBytes { raw in
        Glibc.write(descriptor, raw.baseAddress.map { $0 + offset }, raw.count - offset)
      }
      if written < 0 {
        if errno == EINTR { continue }
        closed = true
        return
      }
      offset += written
    }
  }
}
