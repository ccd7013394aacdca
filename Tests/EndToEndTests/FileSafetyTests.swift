import Foundation
import TestSupport
import Testing

/// Issue 17, "never destroy a file": the output never replaces an input, the settings or a
/// device; every failed write is a failure; inputs are regular files (or standard input), read
/// once each, one at a time and within a size limit.
@Suite struct FileSafetyTests {
  static let time = ExitCodeTests.timeCSV
  static let invoices = """
    invoice,client,issue_date,due_date,amount,currency,status,paid_date,paid_amount
    1,Acme,2026-03-05,2026-04-04,250.00,USD,paid,2026-03-20,250.00

    """

  private func folderWithInputs() throws -> Workdir {
    let folder = try Workdir()
    try folder.write("time.csv", Self.time)
    try folder.write("invoices.csv", Self.invoices)
    try folder.write("clientworth.json", #"{"costRate": 40}"#)
    return folder
  }

  @Test(arguments: ["time.csv", "./invoices.csv", "clientworth.json"])
  func theOutputIsNeverAnInputOrTheSettings(output: String) throws {
    let folder = try folderWithInputs()
    defer { folder.remove() }
    let before = try folder.read(output)
    let run = try RunClientWorth.run(
      ["report", "time.csv", "invoices.csv", "--config", "clientworth.json", "--output", output], in: folder.url)
    #expect(run.status == 73)
    #expect(run.stderr.contains("error: cannot write the output: it is the same file as"))
    #expect(run.stderr.contains("inputs are never written"))
    #expect(try folder.read(output) == before)
    #expect(try folder.listing() == ["clientworth.json", "invoices.csv", "time.csv"])
  }

  @Test func aLinkToAnInputIsTheInput() throws {
    let folder = try folderWithInputs()
    defer { folder.remove() }
    try FileManager.default.createSymbolicLink(atPath: folder.path + "/soft", withDestinationPath: "time.csv")
    try FileManager.default.linkItem(atPath: folder.path + "/time.csv", toPath: folder.path + "/hard")
    for output in ["soft", "hard"] {
      let run = try RunClientWorth.run(["report", "time.csv", "invoices.csv", "--output", output], in: folder.url)
      #expect(run.status == 73, "\(output)")
      #expect(
        run.stderr
          == "\(output): error: cannot write the output: it is the same file as time.csv, an input of this run; inputs are never written\n"
      )
    }
    #expect(try folder.read("time.csv") == Self.time)
  }

  @Test func aCharacterDeviceIsWrittenInPlaceNeverReplaced() throws {
    let folder = try folderWithInputs()
    defer { folder.remove() }
    let run = try RunClientWorth.run(["report", ".", "--output", "/dev/null"], in: folder.url)
    #expect(run.status == 0)
    let attributes = try FileManager.default.attributesOfItem(atPath: "/dev/null")
    #expect(attributes[.type] as? FileAttributeType == .typeCharacterSpecial)
  }

  @Test func aSymbolicLinkOutputKeepsTheLinkAndReplacesItsFile() throws {
    let folder = try folderWithInputs()
    defer { folder.remove() }
    try folder.write("out/real.txt", "old\n")
    try FileManager.default.createSymbolicLink(atPath: folder.path + "/report.txt", withDestinationPath: "out/real.txt")
    let run = try RunClientWorth.run(["report", "time.csv", "invoices.csv", "--output", "report.txt"], in: folder.url)
    #expect(run.status == 0)
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder.path + "/report.txt") == "out/real.txt")
    #expect(try folder.read("out/real.txt").hasPrefix("Client profitability"))
    #expect(try folder.listing("out") == ["real.txt"])
  }

  @Test func aFullStandardOutputIs73() throws {
    let folder = try folderWithInputs()
    defer { folder.remove() }
    let run = try RunClientWorth.shell(#""$CLIENTWORTH" report . > /dev/full"#, in: folder.url)
    #expect(run.status == 73)
    #expect(run.stderr == "error: cannot write to standard output: No space left on device\n")
  }

  @Test func aClosedPipeStillEndsQuietly() throws {
    let folder = try folderWithInputs()
    defer { folder.remove() }
    let run = try RunClientWorth.run(["report", "."], in: folder.url, closedStdout: true)
    #expect(run.status == 0)
    #expect(run.stderr == "")
  }

  @Test func anOutputNameAtTheFileNameLimitIsWritten() throws {
    let folder = try folderWithInputs()
    defer { folder.remove() }
    let name = String(repeating: "r", count: 251) + ".txt"
    let run = try RunClientWorth.run(["report", "time.csv", "invoices.csv", "--output", name], in: folder.url)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(try folder.read(name).hasPrefix("Client profitability"))
    #expect(try folder.listing().count == 4)
  }

  @Test(arguments: [["report", "/dev/zero"], ["report", ".", "--config", "/dev/zero"]])
  func aDeviceIsNeverRead(arguments: [String]) throws {
    let folder = try folderWithInputs()
    defer { folder.remove() }
    let run = try RunClientWorth.run(arguments, in: folder.url)
    #expect(run.status == 66)
    #expect(
      run.stderr
        == "/dev/zero: error: cannot read: it is a character device, not a file (use - to read standard input)\n")
  }

  @Test func aPipeInAFolderIsLeftOutWithAWarningAndDoesNotBlock() throws {
    let folder = try folderWithInputs()
    defer { folder.remove() }
    #expect(mkfifo(folder.path + "/waiting.csv", 0o600) == 0)
    let run = try RunClientWorth.run(["report", "."], in: folder.url)
    #expect(run.status == 0)
    #expect(
      run.stderr.hasPrefix(
        "waiting.csv: warning: left out: it is a pipe, not a file (name it with - on standard input to read it)\n"))
  }

  @Test func aFileReachedTwiceIsReadOnce() throws {
    let folder = try folderWithInputs()
    defer { folder.remove() }
    try FileManager.default.createSymbolicLink(atPath: folder.path + "/again.csv", withDestinationPath: "time.csv")
    try FileManager.default.linkItem(atPath: folder.path + "/time.csv", toPath: folder.path + "/same.csv")
    let run = try RunClientWorth.run(["report", ".", "time.csv", "--format", "json", "--verbose"], in: folder.url)
    #expect(run.status == 0)
    #expect(run.stdout.contains(#""hours": 2.50"#))
    #expect(run.stderr.components(separatedBy: "rows read").count == 3)
  }

  @Test func standardInputIsReadWithADash() throws {
    let folder = try folderWithInputs()
    defer { folder.remove() }
    let run = try RunClientWorth.run(
      ["report", "-", "invoices.csv", "--format", "json"], in: folder.url, stdin: Self.time)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.contains(#""hours": 2.50"#))
    let twice = try RunClientWorth.run(["report", "-", "-"], in: folder.url, stdin: Self.time)
    #expect(twice.status == 66)
    #expect(twice.stderr == "error: - (standard input) can be named only once\n")
  }

  @Test func twoThousandFilesReadUnderASmallDescriptorLimit() throws {
    let folder = try Workdir()
    defer { folder.remove() }
    let header = "date,client,project,task,person,hours,billable,rate,amount,currency,description\n"
    for index in 0..<2000 {
      try folder.write(String(format: "t%04d.csv", index), header + "2026-03-02,Acme,,,,0.5,yes,,,USD,\n")
    }
    let run = try RunClientWorth.shell(
      #"ulimit -n 64 && "$CLIENTWORTH" report . --format json"#, in: folder.url)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.contains(#""hours": 1000.00"#))
  }
}

/// Issue 17, "never crash": amounts that add up past what can be computed exactly stop the run with
/// the row that took the total there, exit 65.
@Suite struct LedgerTooLargeTests {
  @Test func manyHugeInvoicesNameTheRowThatCrossedTheBound() throws {
    let folder = try Workdir()
    defer { folder.remove() }
    var invoices = "invoice,client,issue_date,amount,currency\n"
    // Each amount is under the import's limit for one value (10^13 minor units); 101 of them are not.
    for number in 1...101 { invoices += "\(number),Acme,2026-01-0\(number % 9 + 1),99999999999.99,USD\n" }
    try folder.write("invoices.csv", invoices)
    let run = try RunClientWorth.run(["report", "invoices.csv"], in: folder.url)
    #expect(run.status == 65)
    #expect(
      run.stderr.hasSuffix(
        "invoices.csv:102:1: error: the amounts of all files add up to more than 10000000000000.00 USD (counted "
          + "without sign, in the report currency), the most ClientWorth computes exactly; this row took it past: "
          + "check its value\n"))
    #expect(!run.killedBySignal)
  }
}
