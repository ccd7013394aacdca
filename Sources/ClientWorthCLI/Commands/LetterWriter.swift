import Foundation
import Localization
import Reports

/// Writes `decide --letters DIR`: one file per draft in DIR (made when missing), each replaced
/// whole or not at all (`OutputFile`). Nothing is written when any letter would land on a file the
/// run reads (an input or the settings file).
struct LetterWriter {
  let fileSystem: FileSystem
  /// The files the run reads: never written.
  let protected: [FileIdentity: LocalizedText]

  /// Writes every letter; the paths written, in order.
  func write(_ letters: [DecisionLetters.Letter], into folder: String) throws(CLIError) -> [String] {
    do {
      try FileManager.default.createDirectory(atPath: fileSystem.absolute(folder), withIntermediateDirectories: true)
    } catch {
      throw .output(
        OutputError(
          path: folder,
          reason: LocalizedText(
            en: "cannot create the folder: \(LocalizedText.untranslated(error.localizedDescription))",
            ar: "يتعذر إنشاء المجلد: \(LocalizedText.untranslated(error.localizedDescription))")))
    }
    let files = letters.map { letter in
      let path = InputFiles.join(folder, letter.fileName)
      return (OutputFile(path: path, absolutePath: fileSystem.absolute(path), protected: protected), letter.text)
    }
    do {
      for (file, _) in files { try file.checkNotProtected() }
      for (file, text) in files { try file.write(text) }
    } catch {
      throw .output(error)
    }
    return files.map(\.0.path)
  }

  /// `Wrote 3 draft letters: letters/Acme.txt, …` for standard error.
  static func summary(_ paths: [String], folder: String) -> LocalizedText {
    guard !paths.isEmpty else {
      return LocalizedText(
        en: "No client to write to: no letter written in \(path: folder)\n",
        ar: "لا عميل تُكتب إليه رسالة: لم تُكتب أي رسالة في \(path: folder)\n")
    }
    let files = paths.map { LocalizedText.same("\(path: $0)") }
    // The verb before its subject stays singular in Arabic, whatever the count.
    return LocalizedText(
      en: "Wrote \(count: paths.count, .draftLetter): \(list: files, .comma)\n",
      ar: "كُتبت \(count: paths.count, .draftLetter): \(list: files, .comma)\n")
  }
}
