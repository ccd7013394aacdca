import Foundation
import Importers
import Localization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The few read-only file-system questions the command line asks, relative to a working folder.
/// Inputs are only ever opened for reading.
struct FileSystem: Sendable {
  /// The folder relative paths are resolved against.
  let workingDirectory: String

  /// The absolute path for a path as the user gave it.
  func absolute(_ path: String) -> String {
    if path.hasPrefix("/") { return path }
    if path == "." { return workingDirectory }
    return (workingDirectory as NSString).appendingPathComponent(path)
  }

  /// What is at `path` (links followed), or nil when nothing is.
  func status(of path: String) -> FileStatus? { FileStatus.of(absolute(path)) }

  /// The names in a folder, sorted by name.
  func contents(ofFolder path: String) throws(InputError) -> [String] {
    do {
      return try FileManager.default.contentsOfDirectory(atPath: absolute(path)).sorted()
    } catch {
      throw .unreadable(path, LocalizedText(en: "the folder cannot be listed", ar: "يتعذر سرد محتويات المجلد"))
    }
  }

  /// An input file, to be read piece by piece: a regular file is opened only while a piece is
  /// read, so that thousands of inputs never hold thousands of descriptors; a pipe is read whole,
  /// up to `InputLimits.pipeBytes`.
  func open(_ path: String) throws(InputError) -> InputFile {
    guard let status = status(of: path) else { throw .missing(path) }
    switch status.kind {
    case .regular(let size):
      guard size <= InputLimits.fileBytes else { throw .tooLarge(path, limit: InputLimits.fileBytes) }
      return InputFile(path: path, contents: OpenFile(path: absolute(path), status: status, count: size))
    case .pipe:
      return InputFile(path: path, bytes: try read(path, limit: InputLimits.pipeBytes))
    case .folder:
      throw .unreadable(path, InputError.isAFolder)
    case .characterDevice, .other:
      throw .notAFile(path, status.kind.description)
    }
  }

  /// Standard input, read whole, up to `InputLimits.pipeBytes`; shown as `<stdin>` in messages.
  func standardInput() throws(InputError) -> InputFile {
    InputFile(
      path: InputFiles.standardInputName,
      bytes: try readAll(descriptor: STDIN_FILENO, path: InputFiles.standardInputName, limit: InputLimits.pipeBytes))
  }

  /// A regular file's or a pipe's bytes, at most `limit` of them (a device such as /dev/zero is
  /// refused before it is read).
  func read(_ path: String, limit: Int) throws(InputError) -> [UInt8] {
    guard let status = status(of: path) else { throw .missing(path) }
    switch status.kind {
    case .regular, .pipe: break
    case .folder: throw .unreadable(path, InputError.isAFolder)
    case .characterDevice, .other: throw .notAFile(path, status.kind.description)
    }
    let descriptor = Glibc.open(absolute(path), O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else {
      throw .unreadable(path, errno == EACCES ? InputError.permissionDenied : InputError.cannotBeOpened)
    }
    defer { close(descriptor) }
    return try readAll(descriptor: descriptor, path: path, limit: limit)
  }

  /// Every byte from `descriptor` until its end; more than `limit` is an error.
  private func readAll(descriptor: Int32, path: String, limit: Int) throws(InputError) -> [UInt8] {
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        throw .unreadable(path, InputError.readFailed)
      }
      if count == 0 { return bytes }
      guard bytes.count + count <= limit else { throw .tooLarge(path, limit: limit) }
      bytes += chunk[..<count]
    }
  }
}

/// How much the program reads from one input, so that a wrong path (a disk image, /dev/zero, an
/// endless pipe) fails with a message instead of exhausting memory.
enum InputLimits {
  /// A regular file, read piece by piece: far beyond any export.
  static let fileBytes = 16 << 30
  /// A pipe or standard input, held whole in memory.
  static let pipeBytes = 1 << 30
  /// The settings file.
  static let settingsBytes = 16 << 20
}
