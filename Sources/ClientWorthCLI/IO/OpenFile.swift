import Importers

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A regular input file, read piece by piece with `pread` and opened only while a piece is read:
/// a folder of thousands of exports never holds thousands of descriptors (`ulimit -n`), and a large
/// export is never held whole. Each opening checks that the path still names the file first seen,
/// so a file replaced during the run is an error, not a mix of two files.
struct OpenFile: FileContents {
  let count: Int
  private let path: String
  private let identity: FileIdentity

  /// `path` is absolute; `status` is what it named when the inputs were listed.
  init(path: String, status: FileStatus, count: Int) {
    self.path = path
    self.identity = status.identity
    self.count = count
  }

  func read(at offset: Int, into buffer: UnsafeMutableRawBufferPointer) throws(FileReadError) -> Int {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else {
      throw FileReadError(reason: errno == EACCES ? "permission denied" : "cannot be opened")
    }
    defer { close(descriptor) }
    guard FileStatus.of(descriptor: descriptor)?.identity == identity else {
      throw FileReadError(reason: "the file was replaced while it was read")
    }
    while true {
      let read = pread(descriptor, buffer.baseAddress, buffer.count, off_t(offset))
      if read >= 0 { return read }
      if errno != EINTR { throw FileReadError(reason: "read failed") }
    }
  }
}
