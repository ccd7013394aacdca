import Domain
import Testing

@testable import Importers

/// Spec §1: a time row whose client is empty takes its project as the client, said once per file
/// with the count; a row with neither is a skipped row; the setting turns the rule off.
@Suite struct ClientFromProjectTests {
  /// A real Toggl shape where the user tracks by project only (issue 20: every row was dropped).
  @Test func aFileWithoutClientsTakesItsProjects() throws {
    let result = try Fixture.importing(["toggl/detailed-no-client.csv"])
    #expect(
      result.ledger.timeLines == [
        "2025-03-03 Website refresh 11700s billable 308.75 USD",
        "2025-03-04 Menu boards 1200s non-billable no value",
      ])
    #expect(
      result.diagnostics.map(\.description) == [
        "toggl/detailed-no-client.csv:1: note: column 'Client' is empty on 3 time rows: each takes its project "
          + "('Project') as the client (set \"timeWithoutClient\" to \"skip\" to leave such time out)",
        "toggl/detailed-no-client.csv:5:30: error: columns 'Client' and 'Project' are empty: time not counted for "
          + "any client (internal work?); row skipped",
      ])
    #expect((result.files[0].rowsRead, result.files[0].rowsImported, result.files[0].rowsSkipped) == (4, 3, 1))
  }

  /// Toggl's newer reports let the user drop the Client column altogether.
  @Test func aReportWithoutAClientColumn() throws {
    let result = try Fixture.importing(["toggl/report-without-client-column.csv"])
    #expect(result.files.map(\.format) == ["toggl time"])
    #expect(
      result.ledger.timeLines == [
        "2025-03-03 Website refresh 9000s billable no value",
        "2025-03-04 Menu boards 1200s billable no value",
      ])
    #expect(
      result.diagnostics.map(\.description) == [
        "toggl/report-without-client-column.csv:1: note: the file has no client column (2 time rows): each takes "
          + "its project ('Project') as the client (set \"timeWithoutClient\" to \"skip\" to leave such time out)"
      ])
  }

  @Test func theSettingTurnsTheRuleOff() throws {
    let result = try Fixture.importing(
      ["toggl/detailed-no-client.csv"], options: ImportOptions(clientFromProject: false))
    #expect(result.ledger.timeLines.isEmpty)
    #expect(result.diagnostics.count == 4)
    #expect(result.diagnostics.allSatisfy { $0.severity == .error && $0.cause == "empty-client" })
    #expect(
      result.diagnostics[0].description
        == "toggl/detailed-no-client.csv:2:30: error: column 'Client' is empty (and \"timeWithoutClient\" is "
        + "\"skip\": the project does not stand for the client): time not counted for any client (internal work?); "
        + "row skipped")
  }

  /// Native time needs a client or a project column; a row naming a client keeps it.
  @Test func nativeTimeWithAProjectColumnOnly() throws {
    let text = "date,project,hours\n2025-03-03,Site,1.5\n2025-03-04,,2\n"
    let result = try importCSV([("t.csv", text)])
    #expect(result.files.map(\.format) == ["native time"])
    #expect(result.ledger.timeLines == ["2025-03-03 Site 5400s billable no value"])
    #expect(
      result.diagnostics.map(\.description) == [
        "t.csv:1: note: the file has no client column (1 time row): each takes its project ('project') as the "
          + "client (set \"timeWithoutClient\" to \"skip\" to leave such time out)",
        "t.csv:3:12: error: column 'project' is empty: time not counted for any client (internal work?); row skipped",
      ])
  }

  /// The count is the file's, whether it was read in one part or two.
  @Test func theCountIsTheWholeFilesInParts() throws {
    var rows = "date,client,project,hours\n"
    for day in 1...28 { rows += "2025-02-\(day < 10 ? "0" : "")\(day),\(day % 2 == 0 ? "Acme" : ""),Site,1\n" }
    var options = ImportOptions()
    options.chunkBytes = 64
    let result = try importAccounted([InputFile(path: "t.csv", bytes: Array(rows.utf8))], options: options)
    #expect(result.diagnostics.filter { $0.cause == "client-from-project" }.count == 1)
    #expect(result.diagnostics.first?.message.hasPrefix("column 'client' is empty on 14 time rows") == true)
    #expect(result.ledger.timeEntries.reduce(0) { $0 + $1.seconds } == 28 * 3600)
  }
}
