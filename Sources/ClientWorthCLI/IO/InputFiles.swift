import Foundation
import Importers

/// Turns the FILE arguments into the files to import: a file is itself, a folder is every
/// `*.csv` directly inside it (sorted by name, not recursive), no argument is the working folder.
/// A file named twice (`data data/time.csv`) is read once, so no fact is counted twice.
struct InputFiles {
  let fileSystem: FileSystem

  /// The paths to read, as messages will show them (`SampleData/time.csv`).
  func paths(for arguments: [String]) throws(InputError) -> [String] {
    let arguments = arguments.isEmpty ? ["."] : arguments
    var paths: [String] = []
    var seen = Set<String>()
    func add(_ path: String) {
      let absolute = (fileSystem.absolute(path) as NSString).standardizingPath
      if seen.insert(absolute).inserted { paths.append(path) }
    }
    for argument in arguments {
      let kind = fileSystem.kind(of: argument)
      guard kind.exists else { throw .missing(argument) }
      guard kind.isFolder else {
        add(argument)
        continue
      }
      let csvNames = try fileSystem.contents(ofFolder: argument).filter { name in
        !name.hasPrefix(".") && name.lowercased().hasSuffix(".csv")
          && !fileSystem.kind(of: Self.join(argument, name)).isFolder
      }
      guard !csvNames.isEmpty else { throw .noCSV(argument) }
      csvNames.forEach { add(Self.join(argument, $0)) }
    }
    return paths
  }

  /// Every input file, opened for reading.
  func read(_ arguments: [String]) throws(InputError) -> [InputFile] {
    var files: [InputFile] = []
    for path in try paths(for: arguments) {
      files.append(try fileSystem.open(path))
    }
    return files
  }

  /// `folder/name`, without `./` when the folder is the working folder itself.
  static func join(_ folder: String, _ name: String) -> String {
    if folder == "." { return name }
    return folder.hasSuffix("/") ? folder + name : folder + "/" + name
  }
}
