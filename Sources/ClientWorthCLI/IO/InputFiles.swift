import Domain
import Foundation
import Importers
import Localization

/// Turns the FILE arguments into the files to import: a file is itself, `-` is standard input, a
/// folder is every regular `*.csv` file directly inside it (sorted by name; with `recursive`, its
/// sub-folders' too, each after the folder's own files), no argument is the working folder.
///
/// A file reached twice (`data data/time.csv`, a link or a hard link to a file already named) is
/// read once, so no fact is counted twice: files are told apart by device and inode, not by path.
struct InputFiles {
  /// How standard input is named in messages.
  static let standardInputName = "<stdin>"

  let fileSystem: FileSystem

  /// The inputs found: each path as messages show it (`SampleData/time.csv`), with its identity
  /// (nil for standard input), and a warning for each folder entry left out.
  struct Listing {
    var paths: [(path: String, identity: FileIdentity?)] = []
    var warnings: [Diagnostic] = []
    /// The paths found in a folder rather than named: such a file that matches no format is left
    /// out with a warning, not an error (spec §1).
    var foundInFolders: Set<String> = []
  }

  func list(_ arguments: [String], recursive: Bool = false) throws(InputError) -> Listing {
    let arguments = arguments.isEmpty ? ["."] : arguments
    var listing = Listing()
    var seen = Set<FileIdentity>()
    func add(_ path: String, _ status: FileStatus) {
      if seen.insert(status.identity).inserted { listing.paths.append((path, status.identity)) }
    }
    for argument in arguments {
      if argument == "-" {
        guard !listing.paths.contains(where: { $0.identity == nil }) else { throw .standardInputTwice() }
        listing.paths.append((Self.standardInputName, nil))
        continue
      }
      guard let status = fileSystem.status(of: argument) else { throw .missing(argument) }
      guard status.isFolder else {
        add(argument, status)
        continue
      }
      var found = false
      var folders = [argument]
      var seenFolders: Set<FileIdentity> = [status.identity]
      while !folders.isEmpty {
        let folder = folders.removeFirst()
        var subfolders: [String] = []
        for name in try fileSystem.contents(ofFolder: folder) where !name.hasPrefix(".") {
          let path = Self.join(folder, name)
          let isCSV = name.lowercased().hasSuffix(".csv")
          guard isCSV || recursive else { continue }
          guard let entry = fileSystem.status(of: path) else {
            if isCSV { listing.warnings.append(.cannotBeLookedAt(path)) }
            continue
          }
          if entry.isFolder {
            // A link back up the tree is followed once.
            if recursive && seenFolders.insert(entry.identity).inserted { subfolders.append(path) }
            continue
          }
          guard isCSV else { continue }
          guard case .regular = entry.kind else {
            // A pipe in a folder would block the run until someone wrote to it; a device is no export.
            listing.warnings.append(.notARegularFile(path, entry.kind))
            continue
          }
          found = true
          listing.foundInFolders.insert(path)
          add(path, entry)
        }
        folders.insert(contentsOf: subfolders, at: 0)
      }
      guard found else { throw .noCSV(argument) }
    }
    return listing
  }

  /// Every listed file, ready to be read (standard input is read here, whole).
  func open(_ listing: Listing) throws(InputError) -> [InputFile] {
    var files: [InputFile] = []
    for (path, identity) in listing.paths {
      files.append(identity == nil ? try fileSystem.standardInput() : try fileSystem.open(path))
    }
    return files
  }

  /// The files an output must never replace: every listed input and the settings file, if there
  /// is one, each with the path to name in a message.
  func protectedFiles(_ listing: Listing, settingsFile: String) -> [FileIdentity: LocalizedText] {
    var protected: [FileIdentity: LocalizedText] = [:]
    if let settings = fileSystem.status(of: settingsFile) {
      protected[settings.identity] = LocalizedText(
        en: "the settings file \(path: settingsFile)", ar: "ملف الإعدادات \(path: settingsFile)")
    }
    for (path, identity) in listing.paths {
      if let identity { protected[identity] = .same("\(path: path)") }
    }
    return protected
  }

  /// `folder/name`, without `./` when the folder is the working folder itself.
  static func join(_ folder: String, _ name: String) -> String {
    if folder == "." { return name }
    return folder.hasSuffix("/") ? folder + name : folder + "/" + name
  }
}

extension Diagnostic {
  fileprivate static func cannotBeLookedAt(_ path: String) -> Diagnostic {
    Diagnostic(
      file: path, line: nil, column: nil, severity: .warning,
      text: LocalizedText(
        en: "left out: it cannot be looked at (a link to nothing?)",
        ar: "استُبعد: تتعذر معاينته (رابط لا يشير إلى شيء؟)"), cause: "not-a-file")
  }

  fileprivate static func notARegularFile(_ path: String, _ kind: PathKind) -> Diagnostic {
    Diagnostic(
      file: path, line: nil, column: nil, severity: .warning,
      text: LocalizedText(
        en: "left out: it is \(kind.description), not a file (name it with - on standard input to read it)",
        ar: "استُبعد: إنه \(kind.description) وليس ملفًا (لقراءته مرّره عبر الإدخال القياسي وسمِّه \(code: "-"))"),
      cause: "not-a-file")
  }
}
