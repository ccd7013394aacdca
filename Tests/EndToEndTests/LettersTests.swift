import Foundation
import TestSupport
import Testing

/// `decide --letters DIR` through the real binary: a draft per client to contact, the folder made
/// when missing, never a word written over an input.
@Suite struct LettersTests {
  /// Acme loses money at $20 an hour against a cost of $50 (a rate rise of 150% would be needed: a
  /// fix); Beta is profitable (keep, no letter).
  static func folder() throws -> Workdir {
    let folder = try Workdir()
    try folder.write(
      "data/time.csv",
      "date,client,hours,rate,currency\n2026-01-12,Acme,40,20,USD\n2026-02-10,Acme,40,20,USD\n2026-03-10,Acme,40,20,USD\n"
        + "2026-01-12,Beta,10,90,USD\n2026-02-10,Beta,10,90,USD\n2026-03-10,Beta,10,90,USD\n")
    try folder.write(
      "data/invoices.csv",
      "invoice,client,issue_date,amount,currency,paid_date\nA-1,Acme,2026-01-31,800,USD,2026-02-10\n"
        + "A-2,Acme,2026-02-28,800,USD,2026-03-10\nB-1,Beta,2026-01-31,900,USD,2026-02-10\n"
        + "B-2,Beta,2026-02-28,900,USD,2026-03-10\n")
    return folder
  }

  static let options = ["--cost-rate", "50", "--as-of", "2026-03-31"]

  @Test func aDraftForEachClientToContactInAFolderMadeForThem() throws {
    let folder = try Self.folder()
    defer { folder.remove() }
    let run = try RunClientWorth.run(["decide", "data", "--letters", "out/letters"] + Self.options, in: folder.url)
    #expect(run.status == 0)
    #expect(run.stderr == "Wrote 1 draft letter: out/letters/Acme.txt\n")
    #expect(try folder.listing("out/letters") == ["Acme.txt"])
    let letter = try folder.read("out/letters/Acme.txt")
    #expect(letter.hasPrefix("Subject: Keeping our work on a good footing\n\nDear Acme,\n"))
    #expect(letter.contains("1. My rate for your work becomes $30.00 per hour."))
    #expect(letter.contains("Could we agree on these by 2026-04-30?"))
  }

  @Test func aLetterIsNeverWrittenOverAnInput() throws {
    let folder = try Self.folder()
    defer { folder.remove() }
    // The time log itself is named like Acme's letter and lies in the letters' folder.
    try folder.write("data/Acme.txt", try folder.read("data/time.csv"))
    let run = try RunClientWorth.run(
      ["decide", "data/Acme.txt", "data/invoices.csv", "--letters", "data"] + Self.options, in: folder.url)
    #expect(run.status == 73)
    #expect(run.stderr.contains("data/Acme.txt"))
    #expect(run.stderr.contains("an input of this run"))
    #expect(try folder.read("data/Acme.txt") == folder.read("data/time.csv"))
  }

  @Test func aFolderThatCannotBeMadeIsAnOutputError() throws {
    let folder = try Self.folder()
    defer { folder.remove() }
    try folder.write("blocker", "a file where the folder would go")
    let run = try RunClientWorth.run(["decide", "data", "--letters", "blocker/letters"] + Self.options, in: folder.url)
    #expect(run.status == 73)
    #expect(run.stderr.hasPrefix("blocker/letters: error: cannot write the output: cannot create the folder"))
  }
}
