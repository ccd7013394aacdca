import Foundation
import Reports

/// Writes `decide --letters DIR`: one file per draft in DIR (made when missing), each replaced
/// whole or not at all (`OutputFile`). Nothing is written when any letter would land on a file the
/// run reads (an input or the settings file).
struct LetterWriter {
  let fileSystem: FileSystem
  /// The files the run reads, as given: never written.
  let protected: [String]

  /// Writes every letter; the paths written, in order.
  func write(_ letters: [DecisionLetters.Letter], into folder: String) throws(CLIError) -> [String] {
    let absoluteFolder = fileSystem.absolute(folder)
    do {
      try FileManager.default.createDirectory(atPath: absoluteFolder, withIntermediateDirectories: true)
    } catch {
      throw .output(OutputError(path: folder, reason: "cannot create the folder: \(error.localizedDescription)"))
    }
    let inputs = Set(protected.compactMap { identity(of: fileSystem.absolute($0)) })
    let paths = letters.map { InputFiles.join(folder, $0.fileName) }
    for path in paths {
      if let target = identity(of: fileSystem.absolute(path)), inputs.contains(target) {
        throw .output(OutputError(path: path, reason: "it is one of the files this run reads; choose another folder"))
      }
    }
    for (letter, path) in zip(letters, paths) {
      do {
        try OutputFile(path: path, absolutePath: fileSystem.absolute(path)).write(letter.text)
      } catch {
        throw .output(error)
      }
    }
    return paths
  }

  /// `Wrote 3 draft letters: letters/Acme.txt, …` for standard error.
  static func summary(_ paths: [String], folder: String) -> String {
    guard !paths.isEmpty else { return "No client to write to: no letter written in \(folder)\n" }
    let count = paths.count == 1 ? "1 draft letter" : "\(paths.count) draft letters"
    return "Wrote \(count): " + paths.joined(separator: ", ") + "\n"
  }

  /// The device and file number of an existing file, so two paths to one file compare equal.
  private func identity(of path: String) -> [Int]? {
    guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
      let device = (attributes[.systemNumber] as? NSNumber)?.intValue,
      let file = (attributes[.systemFileNumber] as? NSNumber)?.intValue
    else { return nil }
    return [device, file]
  }
}
