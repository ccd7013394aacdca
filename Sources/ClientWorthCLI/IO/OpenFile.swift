import Importers

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An input file opened for reading only; the importer reads it piece by piece with `pread`, so a
/// large export is never held whole. Closed when the last reference goes.
final class OpenFile: FileContents {
  let count: Int
  private let descriptor: Int32

  /// Opens `path` read-only: nil when it is not a regular file (a pipe, which cannot be read at an
  /// offset), a failure with the reason when it cannot be opened.
  static func reading(_ path: String) -> Result<OpenFile?, FileReadError> {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else {
      return .failure(FileReadError(reason: errno == EACCES ? "permission denied" : "cannot be opened"))
    }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else {
      close(descriptor)
      return .failure(FileReadError(reason: "cannot be opened"))
    }
    guard status.st_mode & S_IFMT == S_IFREG else {
      close(descriptor)
      return .success(nil)
    }
    return .success(OpenFile(descriptor: descriptor, count: Int(status.st_size)))
  }

  private init(descriptor: Int32, count: Int) {
    self.descriptor = descriptor
    self.count = count
  }

  deinit { close(descriptor) }

  func read(at offset: Int, into buffer: UnsafeMutableRawBufferPointer) throws(FileReadError) -> Int {
    while true {
      let read = pread(descriptor, buffer.baseAddress, buffer.count, off_t(offset))
      if read >= 0 { return read }
      if errno != EINTR { throw FileReadError(reason: "read failed") }
    }
  }
}
