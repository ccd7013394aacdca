import Foundation
import TestSupport
import Testing

/// Every example command of the README and docs/*.md runs as written, against a copy of
/// SampleData: a line of a fenced code block that starts with `clientworth ` or
/// `swift run clientworth ` (after an optional `$ ` prompt). It must exit 0, unless the line ends
/// with a comment that documents its exit, `# exits 64: …`. After a `$ ` prompt, the lines the
/// block shows up to the next prompt are its output: each must be a line of what it prints, in
/// order (`…` stands for lines left out).
@Suite struct DocumentedExamplesTests {
  /// One example: where it is written, its arguments, the exit it documents and the output it shows.
  struct Example: CustomStringConvertible, Sendable {
    let place: String
    let arguments: [String]
    let status: Int32
    var shown: [String] = []

    var description: String { place + ": clientworth " + arguments.joined(separator: " ") }
  }

  /// A problem with an example line the test cannot run (a pipe, an unclosed quote).
  struct Unsupported: Error, CustomStringConvertible {
    let description: String
  }

  static let documents = ["README.md"] + docs()

  static func docs() -> [String] {
    let folder = SampleDataTests.root.appendingPathComponent("docs")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".md") }.sorted().map { "docs/" + $0 }
  }

  static func examples() throws -> [Example] {
    var examples: [Example] = []
    for document in documents {
      let text = try String(contentsOf: SampleDataTests.root.appendingPathComponent(document), encoding: .utf8)
      var inCode = false
      // Whether the lines that follow are the output of the last example, shown after its prompt.
      var showing = false
      for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
        if line.hasPrefix("```") {
          inCode.toggle()
          showing = false
          continue
        }
        var command = Substring(line)
        let prompted = command.hasPrefix("$ ")
        if prompted { command = command.dropFirst(2) }
        guard inCode, command.hasPrefix("clientworth ") || command.hasPrefix("swift run clientworth ") else {
          if showing && prompted { showing = false }
          if showing && !line.isEmpty && line != "…" { examples[examples.count - 1].shown.append(String(line)) }
          continue
        }
        let place = "\(document):\(index + 1)"
        let (words, status) = try words(of: String(command), at: place)
        examples.append(
          Example(place: place, arguments: Array(words.dropFirst(words.first == "swift" ? 3 : 1)), status: status))
        showing = prompted
      }
    }
    return examples
  }

  /// A command line split as a POSIX shell would (quotes, backslashes), its comment read for a
  /// documented exit.
  static func words(of line: String, at place: String) throws -> (arguments: [String], status: Int32) {
    var words: [String] = []
    var word: String?
    var quote: Character?
    var escaped = false
    var comment = ""
    var index = line.startIndex
    while index < line.endIndex {
      let character = line[index]
      index = line.index(after: index)
      if escaped {
        word = (word ?? "") + String(character)
        escaped = false
      } else if let open = quote {
        if character == open {
          quote = nil
        } else if character == "\\" && open == "\"" {
          escaped = true
        } else {
          word = (word ?? "") + String(character)
        }
      } else if character == "\"" || character == "'" {
        quote = character
        word = word ?? ""
      } else if character == "\\" {
        escaped = true
      } else if character == " " {
        if let finished = word { words.append(finished) }
        word = nil
      } else if character == "#" && word == nil {
        comment = String(line[index...])
        break
      } else if "|;&<>$`(){}*?".contains(character) {
        throw Unsupported(description: "\(place): '\(character)' is shell syntax an example may not use: \(line)")
      } else {
        word = (word ?? "") + String(character)
      }
    }
    guard quote == nil, !escaped else { throw Unsupported(description: "\(place): unfinished quote: \(line)") }
    if let word { words.append(word) }
    let documented = comment.split(separator: ":").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
    let status = documented.hasPrefix("exits ") ? Int32(documented.dropFirst(6)) : 0
    return (words, status ?? 0)
  }

  /// The README and the docs hold examples, and each names a command the program has.
  @Test func theDocsHaveExamples() throws {
    let examples = try Self.examples()
    #expect(examples.count >= 10)
    #expect(examples.contains { $0.place.hasPrefix("README.md") })
    #expect(examples.filter { !$0.shown.isEmpty }.count >= 5)
  }

  @Test func everyExampleRunsAsWritten() throws {
    let sample = SampleDataTests.root.appendingPathComponent("SampleData")
    for example in try Self.examples() {
      let folder = try Workdir()
      defer { folder.remove() }
      try FileManager.default.copyItem(at: sample, to: folder.url.appendingPathComponent("SampleData"))
      let run = try RunClientWorth.run(example.arguments, in: folder.url, environment: SampleDataTests.environment)
      #expect(!run.killedBySignal, "\(example)")
      #expect(run.status == example.status, "\(example) exited \(run.status): \(run.stderr)")
      // The output it shows is what it prints today, line for line, in order.
      var printed = run.stdout.split(separator: "\n", omittingEmptySubsequences: false)[...]
      for line in example.shown {
        guard let found = printed.firstIndex(where: { $0 == line }) else {
          Issue.record("\(example) no longer prints, after what it showed before: \(line)")
          break
        }
        printed = printed[(found + 1)...]
      }
      // A clean run may say what it wrote (`decide --letters`), but warns of nothing.
      if example.status == 0 {
        #expect(!run.stderr.contains("warning:") && !run.stderr.contains("error:"), "\(example): \(run.stderr)")
      }
    }
  }

  /// docs/output.md shows the table as an 80-column terminal gets it: exactly what it prints.
  @Test func theEightyColumnTableIsCurrent() throws {
    let text = try String(
      contentsOf: SampleDataTests.root.appendingPathComponent("docs/output.md"), encoding: .utf8)
    let header = "On a terminal 80 columns wide (`COLUMNS=80`, SampleData):\n\n```\n"
    let start = try #require(text.range(of: header)).upperBound
    let end = try #require(text.range(of: "```", range: start..<text.endIndex)).lowerBound
    var environment = SampleDataTests.environment
    environment["COLUMNS"] = "80"
    let run = try RunClientWorth.run(["report", "SampleData"], in: SampleDataTests.root, environment: environment)
    #expect(run.status == 0)
    #expect(String(text[start..<end]) == run.stdout)
  }

  @Test func shellWordsAndTheDocumentedExit() throws {
    let line =
      #"clientworth decide SampleData --client "Kettle & Crane" --refund 1500 -p 'last quarter'  # exits 65: why"#
    let (arguments, status) = try Self.words(of: line, at: "here")
    #expect(
      arguments == [
        "clientworth", "decide", "SampleData", "--client", "Kettle & Crane", "--refund", "1500", "-p", "last quarter",
      ])
    #expect(status == 65)
    #expect(try Self.words(of: "clientworth report   # the table", at: "here").status == 0)
    #expect(throws: Unsupported.self) { try Self.words(of: "clientworth report | head", at: "here") }
    #expect(throws: Unsupported.self) { try Self.words(of: "clientworth report \"open", at: "here") }
  }
}
