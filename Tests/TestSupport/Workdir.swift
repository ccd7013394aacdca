import Foundation

/// A fresh temporary folder for one test (xsv's `Workdir`): files are written into it and it is
/// removed afterwards.
public struct Workdir: Sendable {
  public let url: URL

  public init() throws {
    url = FileManager.default.temporaryDirectory.appendingPathComponent("clientworth-test-" + UUID().uuidString)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  public var path: String { url.path }

  /// Writes `contents` to `name` (sub-folders created as needed); returns the file's URL.
  @discardableResult
  public func write(_ name: String, _ contents: String) throws -> URL {
    let file = url.appendingPathComponent(name)
    try FileManager.default.createDirectory(
      at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(contents.utf8).write(to: file)
    return file
  }

  /// Creates an empty sub-folder.
  public func makeFolder(_ name: String) throws {
    try FileManager.default.createDirectory(at: url.appendingPathComponent(name), withIntermediateDirectories: true)
  }

  /// The names in the folder (or a sub-folder), sorted, hidden ones included.
  public func listing(_ folder: String = "") throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: url.appendingPathComponent(folder).path).sorted()
  }

  public func read(_ name: String) throws -> String {
    try String(contentsOf: url.appendingPathComponent(name), encoding: .utf8)
  }

  public func remove() { try? FileManager.default.removeItem(at: url) }
}
