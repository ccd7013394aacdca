import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Replaces a file whole or not at all: writes a temporary file in the same folder, flushes it
/// to disk and renames it into place, so a reader never sees half a report and a failure leaves
/// the old file (if any) untouched and no temporary file behind.
struct OutputFile {
  /// The path as the user gave it, for messages.
  let path: String
  /// The absolute path.
  let absolutePath: String

  /// Writes `text` to the file.
  func write(_ text: String) throws(OutputError) {
    let folder = (absolutePath as NSString).deletingLastPathComponent
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
      throw OutputError(path: path, reason: "the folder \(displayFolder) does not exist")
    }
    let name = (absolutePath as NSString).lastPathComponent
    var template = Array((folder as NSString).appendingPathComponent(".\(name).clientworth-XXXXXX").utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { buffer -> Int32 in
      guard let base = buffer.baseAddress else { return -1 }
      return mkstemp(base)
    }
    guard descriptor >= 0 else { throw failure(errno, doing: "cannot create a file in \(displayFolder)") }
    let temporary = String(cString: template.map { UInt8(bitPattern: $0) } + [0])
    var succeeded = false
    defer {
      if !succeeded { unlink(temporary) }
    }
    let problem = writeAll(Array(text.utf8), to: descriptor)
    if let problem {
      close(descriptor)
      throw failure(problem, doing: "cannot write")
    }
    // mkstemp makes the file readable by its owner only; give it the mode a new file would get.
    let mask = umask(0)
    umask(mask)
    fchmod(descriptor, 0o666 & ~mask)
    if fsync(descriptor) != 0 {
      let code = errno
      close(descriptor)
      throw failure(code, doing: "cannot flush to disk")
    }
    guard close(descriptor) == 0 else { throw failure(errno, doing: "cannot close") }
    guard rename(temporary, absolutePath) == 0 else { throw failure(errno, doing: "cannot replace the file") }
    succeeded = true
  }

  /// Writes every byte, retrying short writes; the errno of a failure, or nil.
  private func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Int32? {
    var offset = 0
    while offset < bytes.count {
      let written = bytes[offset...].withUnsafeBytes { raw in
        Glibc.write(descriptor, raw.baseAddress, raw.count)
      }
      if written < 0 {
        if errno == EINTR { continue }
        return errno
      }
      offset += written
    }
    return nil
  }

  private var displayFolder: String {
    let folder = (path as NSString).deletingLastPathComponent
    return folder.isEmpty ? "." : folder
  }

  private func failure(_ code: Int32, doing what: String) -> OutputError {
    OutputError(path: path, reason: "\(what): \(String(cString: strerror(code)))")
  }
}
