import Analysis
import Testing

@testable import Reports

/// How a terminal table chooses its columns and widths: priority order, comfortable and last-resort
/// widths, shortened and cut cells, the notes of marked cells, and the line naming what was left out.
@Suite struct TextTableLayoutTests {
  typealias Cell = TextTable.Cell

  /// Name (always, cut to 6, preferably not below 10), N (always), Flags (priority 1, shortens),
  /// Wide (priority 2), Last (priority 3).
  static let table = TextTable(
    columns: [
      TextTable.Column("Name", .left, fit: .truncate(minimum: 6, preferred: 10)),
      TextTable.Column("N", .right),
      TextTable.Column("Flags", .left, fit: .shorten, priority: 1),
      TextTable.Column("Wide", .right, priority: 2),
      TextTable.Column("Last", .right, priority: 3),
    ],
    rows: [
      .cells([
        Cell("A long client name"), Cell("1"), .flags([.losing, .latePayer, .conduct]), Cell("12345678"), Cell("9"),
      ]),
      .cells([Cell("Short"), Cell("22"), .flags([.belowTarget]), Cell("1"), Cell("10")]),
    ])

  @Test func unboundedShowsEveryColumnWhole() {
    // Flags: "losing late-payer conduct" is 25 wide.
    #expect(Self.table.layout(width: nil).widths == [18, 2, 25, 8, 4])
    #expect(Self.table.layout(width: 200).widths == [18, 2, 25, 8, 4])
  }

  @Test(arguments: [
    // Everything whole: 18 + 2 + 25 + 8 + 4 + 4 gaps = 65.
    (65, [18, 2, 25, 8, 4] as [Int?]),
    // Flags shortens before any column goes: "losing late-payer +1" is 20 wide…
    (64, [18, 2, 20, 8, 4]),
    // …then "losing +2" and "below-target", its comfortable width (12).
    (55, [18, 2, 12, 8, 4]),
    // Last (priority 3) goes when the others at their comfortable widths leave it no room:
    // 10 + 2 + 12 + 8 + 4 + 4 gaps = 44; the room left widens the name again.
    (44, [10, 2, 12, 8, 4]),
    (43, [15, 2, 12, 8, nil]),
    // Wide goes next: 10 + 2 + 12 + 8 + 3 gaps = 38.
    (38, [10, 2, 12, 8, nil]),
    (37, [18, 2, 12, nil, nil]),
    // Only the always-shown columns are left: names are cut below their preferred width.
    (8, [6, 2, nil, nil, nil]),
  ])
  func columnsAreKeptInPriorityOrder(width: Int, widths: [Int?]) {
    let layout = Self.table.layout(width: width)
    #expect(layout.widths == widths)
    if layout.widths.compactMap({ $0 }).count > 2 { #expect(layout.totalWidth <= width) }
  }

  @Test func cellsAreShortenedCutAndPadded() {
    #expect(
      Self.table.terminalLines(width: 38, color: false, .english) == [
        "Name         N  Flags             Wide", "--------------------------------------",
        "A long cl…   1  losing +2     12345678", "Short       22  below-target         1",
        "Left out to fit: Last. See every", "column with --wide, or by piping the", "output.",
      ])
  }

  @Test func theLastFormIsALastResort() {
    let table = TextTable(
      columns: [TextTable.Column("Name", .left), TextTable.Column("Flags", .left, fit: .shorten)],
      rows: [.cells([Cell("Acme"), .flags([.losing, .latePayer])])])
    #expect(table.terminalLines(width: 20, color: false, .english)[2] == "Acme  losing +1")
    #expect(table.terminalLines(width: 14, color: false, .english)[2] == "Acme  2 flags")
    #expect(table.terminalLines(width: 6, color: false, .english)[2] == "Acme  2 flags")
  }

  @Test func flagsShortenFromTheEnd() {
    #expect(
      Cell.flags([.conduct, .losing, .latePayer]).forms == [
        "losing late-payer conduct", "losing late-payer +1", "losing +2", "3 flags",
      ])
    #expect(Cell.flags([.unbilled]).forms == ["unbilled", "1 flag"])
    #expect(Cell.flags([]).forms == [""])
  }

  @Test func markedCellsKeepFiguresAlignedAndTheirNotesFollow() {
    let table = TextTable(
      columns: [TextTable.Column("Name", .left), TextTable.Column("Paid", .right, priority: 1)],
      rows: [
        .cells([Cell("A"), Cell("$250", note: "A: paid $50 more than invoiced.")]),
        .cells([Cell("B"), Cell("$1,000")]),
      ])
    #expect(
      table.terminalLines(width: nil, color: false, .english) == [
        "Name     Paid", "-------------", "A       $250*", "B     $1,000", "* A: paid $50 more than invoiced.",
      ])
    // A note of a column left out is left out with it.
    let narrow = table.terminalLines(width: 5, color: false, .english)
    #expect(narrow[0...3] == ["Name", "----", "A", "B"])
    #expect(
      narrow[4...].joined(separator: " ")
        == "Left out to fit: Paid. See every column with --wide, or by piping the output.")
  }

  @Test func tablesLaidOutTogetherLineUp() {
    let short = TextTable(
      columns: [TextTable.Column("P", .left), TextTable.Column("Amount", .right)],
      rows: [.cells([Cell("x"), Cell("1")])])
    var long = short
    long.rows = [.cells([Cell("xxxxxx"), Cell("1,000,000")])]
    let layout = TextTable.layout(of: [short, long], width: nil)
    #expect(layout.widths == [6, 9])
    #expect(short.terminalLines(layout: layout, color: false)[2] == "x               1")
  }

  @Test func leftOutLineIsFaintInColour() {
    let lines = Self.table.terminalLines(width: 100, color: false, .english)
    let coloured = Self.table.terminalLines(width: 38, color: true, .english)
    #expect(!lines.contains { $0.hasPrefix("Left out") })
    #expect(coloured[4] == "\u{1B}[2mLeft out to fit: Last. See every\u{1B}[0m")
  }
}
