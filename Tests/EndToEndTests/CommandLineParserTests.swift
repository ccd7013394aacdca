import Domain
import Testing

@testable import ClientWorthCLI

/// The declarative parser: `--opt value`, `--opt=value`, repeatables, flags, `--`, help, errors.
@Suite struct CommandLineParserTests {
  static let name = OptionSpec("name", kind: .repeatable, value: "name", help: "A client.")
  static let level = OptionSpec("level", value: "n", default: "3", help: "How deep.")
  static let loud = OptionSpec("loud", kind: .flag, help: "Shout.")
  static let color = OptionSpec("color", value: "color", choices: ["red", "green", "blue"], help: "A colour.")
  static let greet = CommandSpec(
    name: "greet", parent: "tool", abstract: "Say hello.", discussion: "Greets every name given.",
    options: [name, level, loud, color], positional: PositionalSpec(name: "word", repeatable: true, help: "Words."))
  static let root = CommandSpec(name: "tool", abstract: "A tool.", subcommands: [greet])

  private func run(_ arguments: [String]) throws(UsageError) -> ParsedArguments {
    let outcome = try CommandLineParser(root: Self.root).parse(arguments)
    guard case .run(let parsed) = outcome else {
      throw UsageError("expected a run, got \(outcome)", command: Self.root)
    }
    return parsed
  }

  @Test func valuesFlagsAndPositionals() throws {
    let parsed = try run(["greet", "--level", "4", "a", "--name=Acme", "--loud", "--name", "Bolt", "b", "--level=5"])
    #expect(parsed.strings(Self.name) == ["Acme", "Bolt"])
    #expect(parsed.string(Self.level) == "5")  // the last one wins
    #expect(parsed.isSet(Self.loud))
    #expect(!parsed.isSet(Self.color))
    #expect(parsed.positionals == ["a", "b"])
  }

  @Test func doubleDashMakesEverythingAfterItPositional() throws {
    let parsed = try run(["greet", "--", "--loud", "-h"])
    #expect(parsed.positionals == ["--loud", "-h"])
    #expect(!parsed.isSet(Self.loud))
  }

  @Test func anEqualsSignMayBeInTheValue() throws {
    #expect(try run(["greet", "--name=a=b"]).strings(Self.name) == ["a=b"])
    #expect(try run(["greet", "--name="]).strings(Self.name) == [""])
  }

  @Test func helpWinsEverywhere() throws {
    let parser = CommandLineParser(root: Self.root)
    for arguments in [["greet", "--bogus", "-h"], ["greet", "--help"], ["help", "greet"]] {
      guard case .help(let command) = try parser.parse(arguments) else {
        Issue.record("no help for \(arguments)")
        continue
      }
      #expect(command.fullName == "tool greet")
    }
    guard case .help(let command) = try parser.parse([]) else {
      Issue.record("no arguments should show the top-level help")
      return
    }
    #expect(command.fullName == "tool")
  }

  @Test(arguments: [
    (["greet", "--lvel", "2"], "Unknown option '--lvel'. Did you mean '--level'?"),
    (["greet", "--zzzzzz"], "Unknown option '--zzzzzz'."),
    (["greet", "-x"], "Unknown option '-x'."),
    (["greet", "--level"], "Missing value for '--level <n>'."),
    (["greet", "--loud=yes"], "'--loud' does not take a value."),
    (
      ["greet", "--color", "gren"],
      "The value 'gren' is invalid for '--color <color>'. Did you mean 'green'? "
        + "Please provide one of 'red', 'green', 'blue'."
    ),
    (["great"], "Unknown subcommand 'great'. Did you mean 'greet'?"),
    (["help", "gret"], "Unknown subcommand 'gret'. Did you mean 'greet'?"),
    (["--bogus"], "Unknown option '--bogus'."),
  ])
  func usageErrors(arguments: [String], message: String) {
    #expect(throws: UsageError.self) { try CommandLineParser(root: Self.root).parse(arguments) }
    do {
      _ = try CommandLineParser(root: Self.root).parse(arguments)
    } catch {
      #expect(error.message == message)
    }
  }

  @Test func typedValuesNameTheOptionWhenBad() throws {
    let parsed = try run(["greet", "--level", "x"])
    #expect(
      throws: UsageError(
        "The value 'x' is invalid for '--level <n>': expected a whole number of 0 or more.", command: Self.greet)
    ) {
      try parsed.int(Self.level)
    }
  }

  @Test func helpLayout() {
    let text = HelpText(command: Self.greet, width: 60).render()
    #expect(
      text == """
        OVERVIEW: Say hello.

        Greets every name given.

        USAGE: tool greet [<options>] [<word> ...]

        ARGUMENTS:
          <word>                  Words.

        OPTIONS:
          --name <name>           A client.
          --level <n>             How deep. (default: 3)
          --loud                  Shout.
          --color <color>         A colour. (values: red, green,
                                  blue)
          -h, --help              Show help information.
          --version               Show the version.

        """)
  }

  @Test(arguments: [
    ("kitten", "sitting", 3), ("", "abc", 3), ("abc", "abc", 0), ("--cost-rat", "--cost-rate", 1),
    ("flaw", "lawn", 2), ("é", "e", 1),
  ])
  func editDistance(a: String, b: String, distance: Int) {
    #expect(EditDistance.between(a, b) == distance)
    #expect(EditDistance.between(b, a) == distance)
  }

  @Test func suggestionsOnlyForPlausibleTypos() {
    let flags = ["--cost-rate", "--target-rate", "--format", "--output"]
    #expect(Suggestion.nearest(to: "--costrate", in: flags) == "--cost-rate")
    #expect(Suggestion.nearest(to: "--FORMAT", in: flags) == "--format")
    #expect(Suggestion.nearest(to: "--bananas", in: flags) == nil)
  }
}
