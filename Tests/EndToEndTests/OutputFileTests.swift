import Foundation
import TestSupport
import Testing

@testable import ClientWorthCLI

/// `--output`: the file is replaced whole or not at all, and no temporary file stays behind.
@Suite struct OutputFileTests {
  private func output(_ name: String, in folder: Workdir) -> OutputFile {
    OutputFile(path: name, absolutePath: folder.url.appendingPathComponent(name).path)
  }

  @Test func writesANewFile() throws {
    let folder = try Workdir()
    defer { folder.remove() }
    try output("report.txt", in: folder).write("héllo\n")
    #expect(try folder.listing() == ["report.txt"])
    #expect(try folder.read("report.txt") == "héllo\n")
    let mode =
      try FileManager.default.attributesOfItem(atPath: folder.url.appendingPathComponent("report.txt").path)[
        .posixPermissions] as? Int
    // Not mkstemp's owner-only 0600: the mode any new file gets under the umask.
    #expect(mode.map { $0 & 0o044 } == 0o044)
  }

  @Test func replacesAnExistingFileWhole() throws {
    let folder = try Workdir()
    defer { folder.remove() }
    try folder.write("report.txt", String(repeating: "old line\n", count: 1000))
    try output("report.txt", in: folder).write("new\n")
    #expect(try folder.read("report.txt") == "new\n")
    #expect(try folder.listing() == ["report.txt"])
  }

  @Test func aMissingFolderFailsAndWritesNothing() throws {
    let folder = try Workdir()
    defer { folder.remove() }
    #expect(
      thrownMessage { try output("missing/report.txt", in: folder).write("x") }
        == "missing/report.txt: the folder missing does not exist")
    #expect(try folder.listing() == [])
  }

  @Test func aFolderInTheWayFailsAndLeavesNoTemporaryFile() throws {
    let folder = try Workdir()
    defer { folder.remove() }
    try folder.makeFolder("report.txt")
    #expect(throws: OutputError.self) { try output("report.txt", in: folder).write("x") }
    #expect(try folder.listing() == ["report.txt"])
  }
}
