import Foundation

/// The public conformance suites copied byte-exact into `Tests/CSVTests/Conformance/` (see its README.md),
/// found from this file's path so a clean clone runs them.
enum ConformanceData {
  /// The `Conformance/csv` folder.
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Conformance").appendingPathComponent("csv")

  /// A file's exact bytes; `path` is relative to `Conformance/csv`.
  static func bytes(_ path: String) throws -> [UInt8] {
    let url = root.appendingPathComponent(path)
    guard let data = FileManager.default.contents(atPath: url.path) else { throw Missing(path: url.path) }
    return [UInt8](data)
  }

  /// A JSON file, parsed.
  static func json(_ path: String) throws -> JSONValue {
    try JSONValue(parsing: bytes(path))
  }

  /// The names of the files in a folder (relative to `Conformance/csv`), sorted.
  static func files(in folder: String) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path).sorted()
  }

  /// A file the suite should have.
  struct Missing: Error, CustomStringConvertible {
    var path: String
    var description: String { "conformance file missing: \(path)" }
  }
}

extension JSONValue {
  /// Events as a JSON array: a record is an array of strings, an error its `!name line:column` string.
  init(_ events: [ReadEvent]) {
    self = .array(
      events.map { event in
        switch event {
        case .record(let record): JSONValue(record.fields)
        case .error(let error): .string(error.shortDescription)
        }
      })
  }

  /// The canonical text of JSON source text, as written in choice tables.
  static func canonical(_ source: String) -> String {
    (try? JSONValue(parsing: source))?.canonicalText ?? "<invalid JSON: \(source)>"
  }
}
