import Foundation
import Importers
import TestSupport
import Testing

/// `clientworth formats` lists every format the recogniser knows.
@Suite(.enabled(if: RunClientWorth.binaryPath() != nil, "clientworth is not built"))
struct FormatsCommandTests {
  @Test func listsEveryFormatWithItsColumns() throws {
    let folder = try Workdir()
    defer { folder.remove() }
    let run = try RunClientWorth.run(["formats"], in: folder.url)
    #expect(run.status == 0)
    #expect(run.stderr == "")
    #expect(Golden.check(run.stdout, named: "formats.txt") == nil)
    for format in FormatRecognizer.knownFormats {
      #expect(run.stdout.contains("\n\(format.name) (\(format.kind.rawValue))\n") || run.stdout.hasPrefix(format.name))
    }
  }

  @Test func takesNoArguments() throws {
    let folder = try Workdir()
    defer { folder.remove() }
    let run = try RunClientWorth.run(["formats", "time.csv"], in: folder.url)
    #expect(run.status == 64)
    #expect(run.stderr.hasPrefix("error: unexpected argument 'time.csv'\nUsage: clientworth formats\n"))
  }
}
