import Foundation

/// Compares rendered output with a checked-in expected file (a golden file).
///
/// Golden files live in a `Golden/` folder beside the test file that names them, and are found
/// from `#filePath` so that record mode rewrites the file in the source tree, not a copy inside
/// the build folder. Set `CLIENTWORTH_RECORD=1` to rewrite them after an intended change; a
/// recording run still fails, so a recorded file is always reviewed before it passes.
public enum Golden {
  /// The outcome of one comparison.
  public enum Outcome: Equatable, Sendable {
    case matches
    /// The expected file differs or is missing; `message` holds a unified diff.
    case differs(message: String)
    /// Record mode wrote the file.
    case recorded(path: String)
  }

  /// Compares `actual` with `Golden/<name>` beside `filePath`.
  public static func compare(
    _ actual: String, named name: String, filePath: String = #filePath,
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> Outcome {
    let folder = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    let file = folder.appendingPathComponent(name)
    if environment["CLIENTWORTH_RECORD"] == "1" {
      do {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(actual.utf8).write(to: file, options: .atomic)
        return .recorded(path: file.path)
      } catch {
        return .differs(message: "could not record \(file.path): \(error)")
      }
    }
    guard let data = FileManager.default.contents(atPath: file.path) else {
      return .differs(message: "no golden file \(file.path); run with CLIENTWORTH_RECORD=1 to create it")
    }
    let expected = String(decoding: data, as: UTF8.self)
    if expected == actual { return .matches }
    return .differs(message: "\(file.path) differs:\n" + unifiedDiff(expected: expected, actual: actual))
  }

  /// Nil when `actual` matches `Golden/<name>`; otherwise why not (a diff, a missing file, or
  /// "recorded" in record mode), for `Issue.record` or `#expect(… == nil)`.
  public static func check(
    _ actual: String, named name: String, filePath: String = #filePath,
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> String? {
    switch compare(actual, named: name, filePath: filePath, environment: environment) {
    case .matches: nil
    case .differs(let message): message
    case .recorded(let path): "recorded \(path); run again without CLIENTWORTH_RECORD to check it"
    }
  }

  /// A line diff good enough to read a failure: `-` expected, `+` actual, with two lines of context.
  public static func unifiedDiff(expected: String, actual: String) -> String {
    let old = expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let new = actual.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    // Longest common subsequence table, from the end.
    var lcs = [[Int]](repeating: [Int](repeating: 0, count: new.count + 1), count: old.count + 1)
    for i in stride(from: old.count - 1, through: 0, by: -1) {
      for j in stride(from: new.count - 1, through: 0, by: -1) {
        lcs[i][j] = old[i] == new[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
      }
    }
    var lines: [(mark: Character, text: String)] = []
    var (i, j) = (0, 0)
    while i < old.count || j < new.count {
      if i < old.count, j < new.count, old[i] == new[j] {
        lines.append((" ", old[i]))
        i += 1
        j += 1
      } else if j < new.count, i == old.count || lcs[i][j + 1] >= lcs[i + 1][j] {
        lines.append(("+", new[j]))
        j += 1
      } else {
        lines.append(("-", old[i]))
        i += 1
      }
    }
    let changed = lines.indices.filter { lines[$0].mark != " " }
    var shown = Set<Int>()
    for index in changed { for near in max(0, index - 2)...min(lines.count - 1, index + 2) { shown.insert(near) } }
    var result = ""
    var previous = -1
    for index in shown.sorted() {
      if previous >= 0 && index != previous + 1 { result += "@@\n" }
      result += "\(lines[index].mark)\(lines[index].text)\n"
      previous = index
    }
    return result
  }
}
