import Foundation
import Importers

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

  /// Whether something is at `path`, and whether it is a folder.
  func kind(of path: String) -> (exists: Bool, isFolder: Bool) {
    var isFolder: ObjCBool = false
    let exists = FileManager.default.fileExists(atPath: absolute(path), isDirectory: &isFolder)
    return (exists, isFolder.boolValue)
  }

  /// The names in a folder, sorted by name.
  func contents(ofFolder path: String) throws(InputError) -> [String] {
    do {
      return try FileManager.default.contentsOfDirectory(atPath: absolute(path)).sorted()
    } catch {
      throw .unreadable(path, "the folder cannot be listed")
    }
  }

  /// An input file, opened to be read piece by piece.
  func open(_ path: String) throws(InputError) -> InputFile {
    guard kind(of: path).exists else { throw .missing(path) }
    switch OpenFile.reading(absolute(path)) {
    case .success(let file?): return InputFile(path: path, contents: file)
    case .success(nil): return InputFile(path: path, bytes: try read(path))
    case .failure(let failure): throw .unreadable(path, failure.reason)
    }
  }

  /// A file's bytes.
  func read(_ path: String) throws(InputError) -> [UInt8] {
    guard kind(of: path).exists else { throw .missing(path) }
    guard let handle = FileHandle(forReadingAtPath: absolute(path)) else {
      throw .unreadable(path, "permission denied")
    }
    defer { try? handle.close() }
    do {
      return Array(try handle.readToEnd() ?? Data())
    } catch {
      throw .unreadable(path, "read failed")
    }
  }
}
