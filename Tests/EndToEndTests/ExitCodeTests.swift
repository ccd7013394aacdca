import Foundation
import TestSupport
import Testing

/// Every exit status of spec §6 from the real binary, with the exact message on standard error.
@Suite struct ExitCodeTests {
  static let reportUsage = """
    Usage: clientworth report [<options>] [<file> ...]
      See 'clientworth report --help' for more information.

    """

  /// A native time file (spec §1) with one well-formed row.
  static let timeCSV = """
    date,client,project,task,person,hours,billable,rate,amount,currency,description
    2026-03-02,Acme,Site,Build,me,2.5,yes,100.00,250.00,USD,first day

    """

  @Test func unknownOptionSuggestsTheNearest() throws {
    let folder = try Workdir()
    defer { folder.remove() }
    let run = try RunClientWorth.run(["report", "--cost-rat", "40"], in: folder.url)
    #expect(run.status == 64)
    #expect(run.stdout == "")
    #expect(run.stderr == "error: unknown option '--cost-rat'; did you mean '--cost-rate'?\n" + Self.reportUsage)
  }

  @Test func badFormatListsTheChoices() throws {
    let folder = try Workdir()
    defer { folder.remove() }
    let run = try RunClientWorth.run(["report", "--format=jsn"], in: folder.url)
    #expect(run.status == 64)
    #expect(
      run.stderr
        == "error: '--format jsn' is not one of table, markdown, csv, json, html; did you mean 'json'?\n"
        + Self.reportUsage)
  }

  @Test func unknownSubcommandSuggestsTheNearest() throws {
    let folder = try Workdir()
    defer { folder.remove() }
    let run = try RunClientWorth.run(["reprot"], in: folder.url)
    #expect(run.status == 64)
    #expect(
      run.stderr
        == "error: unknown subcommand 'reprot'; did you mean 'report'?\nUsage: clientworth <subcommand>\n"
        + "  See 'clientworth --help' for more information.\n")
  }

  @Test func badDateFlagIsAUsageError() throws {
    let folder = try Workdir()
    defer { folder.remove() }
    let run = try RunClientWorth.run(["report", "--as-of", "2026-02-30"], in: folder.url)
    #expect(run.status == 64)
    #expect(
      run.stderr
        == "error: '--as-of 2026-02-30' is not a date (write 2026-03-31, 31.03.2026, 03/31/2026 or today)\n"
        + Self.reportUsage)
  }

  @Test func missingFileIs66() throws {
    let folder = try Workdir()
    defer { folder.remove() }
    let run = try RunClientWorth.run(["report", "missing.csv"], in: folder.url)
    #expect(run.status == 66)
    #expect(run.stdout == "")
    #expect(run.stderr == "missing.csv: error: no such file or folder\n")
  }

  @Test func folderWithoutCSVIs66() throws {
    let folder = try Workdir()
    defer { folder.remove() }
    try folder.write("exports/notes.txt", "not a csv")
    let named = try RunClientWorth.run(["report", "exports"], in: folder.url)
    #expect(named.status == 66)
    #expect(named.stderr == "exports: error: the folder has no *.csv file\n")
    // No FILE argument reads the working folder.
    let current = try RunClientWorth.run(["report"], in: folder.url)
    #expect(current.status == 66)
    #expect(current.stderr == "error: the current folder has no *.csv file; name the files or a folder to read\n")
  }

  @Test func settingsUnknownKeyIs65AndNamesTheNearestKey() throws {
    let folder = try Workdir()
    defer { folder.remove() }
    try folder.write("time.csv", Self.timeCSV)
    try folder.write("clientworth.json", "{\n  \"currency\": \"USD\",\n  \"costrate\": 40\n}\n")
    let run = try RunClientWorth.run(["report", "time.csv"], in: folder.url)
    #expect(run.status == 65)
    #expect(run.stderr == "clientworth.json:3:3: error: unknown setting \"costrate\"; did you mean \"costRate\"?\n")
  }

  @Test func settingsWrongTypeIs65AndNamesTheKey() throws {
    let folder = try Workdir()
    defer { folder.remove() }
    try folder.write("time.csv", Self.timeCSV)
    try folder.write("clientworth.json", "{\"costRate\": \"40\"}")
    let run = try RunClientWorth.run(["report"], in: folder.url)
    #expect(run.status == 65)
    #expect(run.stderr == "clientworth.json:1:14: error: costRate: must be a number, found a string\n")
  }

  @Test func settingsInsideTheFolderArgumentAreUsed() throws {
    let folder = try Workdir()
    defer { folder.remove() }
    try folder.write("data/time.csv", Self.timeCSV)
    try folder.write("data/clientworth.json", "{\"clients\": {\"Acme\": {\"contractEnd\": \"2026-13-01\"}}}")
    let run = try RunClientWorth.run(["report", "data"], in: folder.url)
    #expect(run.status == 65)
    #expect(
      run.stderr
        == "data/clientworth.json:1:38: error: clients.Acme.contractEnd \"2026-13-01\" is not a date (write it as YYYY-MM-DD)\n"
    )
    // --config wins over the folder's file.
    try folder.write("good.json", "{\"currency\": \"USD\"}")
    #expect(try RunClientWorth.run(["report", "data", "--config", "good.json"], in: folder.url).status == 0)
  }

  @Test func missingConfigFileIs66() throws {
    let folder = try Workdir()
    defer { folder.remove() }
    try folder.write("time.csv", Self.timeCSV)
    let run = try RunClientWorth.run(["report", "--config", "nowhere.json"], in: folder.url)
    #expect(run.status == 66)
    #expect(run.stderr == "nowhere.json: error: settings file not found (given with --config)\n")
  }

  @Test func outputIntoAMissingFolderIs73() throws {
    let folder = try Workdir()
    defer { folder.remove() }
    try folder.write("time.csv", Self.timeCSV)
    let run = try RunClientWorth.run(["report", "--output", "out/report.txt"], in: folder.url)
    #expect(run.status == 73)
    #expect(run.stdout == "")
    #expect(run.stderr == "out/report.txt: error: cannot write the output: the folder out does not exist\n")
    #expect(try folder.listing() == ["time.csv"])
  }

  @Test func outputWritesExactlyTheFileAndNoTemporary() throws {
    let folder = try Workdir()
    defer { folder.remove() }
    try folder.write("time.csv", Self.timeCSV)
    try folder.write("report.json", "old contents")
    let toStdout = try RunClientWorth.run(["report", "time.csv", "--format", "json"], in: folder.url)
    #expect(toStdout.status == 0)
    let toFile = try RunClientWorth.run(
      ["report", "time.csv", "--format", "json", "--output", "report.json"], in: folder.url)
    #expect(toFile.status == 0)
    #expect(toFile.stdout == "")
    #expect(try folder.listing() == ["report.json", "time.csv"])
    #expect(try folder.read("report.json") == toStdout.stdout)
  }

  @Test func closedStdoutEndsQuietly() throws {
    let folder = try Workdir()
    defer { folder.remove() }
    try folder.write("time.csv", Self.timeCSV)
    for arguments in [["report", "--help"], ["report", "time.csv", "--format", "csv"]] {
      let run = try RunClientWorth.run(arguments, in: folder.url, closedStdout: true)
      #expect(run.killedBySignal == false)
      #expect(run.status == 0)
      #expect(run.stderr == "")
    }
  }

  @Test func moneySettingMorePreciseThanTheCurrencyIs65() throws {
    let folder = try Workdir()
    defer { folder.remove() }
    try folder.write("time.csv", Self.timeCSV)
    try folder.write("clientworth.json", "{\"currency\": \"USD\", \"costRate\": 40.125}")
    let run = try RunClientWorth.run(["report"], in: folder.url)
    #expect(run.status == 65)
    #expect(run.stderr == "clientworth.json:1:33: error: costRate 40.125 has more decimals than USD has (2)\n")
  }
}
