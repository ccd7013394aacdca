import Domain
import Localization
import Testing

@testable import ClientWorthCLI

/// The declarative parser: `--opt value`, `--opt=value`, `-o value`, repeatables, flags, `--`,
/// positionals, help, validation and every usage error, through a small command declared here.
@Suite struct CommandLineParserTests {
  enum Color: String, ArgumentValue, CaseIterable {
    case red, green, blue
  }

  struct Greet: ParsableCommand {
    static let configuration = CommandConfiguration(
      name: "greet", abstract: .untranslated("Say hello."), discussion: .untranslated("Greets every name given."))

    var names: [String] = []
    var color = Color.red
    var when: DateArgument?
    var loud = false
    var output: String?
    var words: [String] = []

    static let arguments: [Argument<Self>] = [
      .positionals("word", \.words, value: .untranslated("word"), completion: .none, help: .untranslated("Words.")),
      .repeating("name", \.names, value: .untranslated("name"), help: .untranslated("A client.")),
      .option("color", \.color, value: .untranslated("color"), help: .untranslated("A colour.")),
      .option("when", \.when, value: .untranslated("date"), help: .untranslated("A day.")),
      .flag("loud", \.loud, help: .untranslated("Shout.")),
      .option(
        "output", short: "o", \.output, value: .untranslated("file"), completion: .file, help: .untranslated("Where.")),
    ]

    func validate() throws(ValidationError) {
      if loud && color == .blue { throw ValidationError(.untranslated("a blue greeting is never loud")) }
    }

    func run(_ context: RunContext, stderr: inout some TextOutputStream) throws(CLIError) -> CommandOutput {
      CommandOutput(text: "")
    }
  }

  struct Pick: ParsableCommand {
    static let configuration = CommandConfiguration(name: "pick", abstract: .untranslated("Pick one."))
    var shell: Shell?
    static let arguments: [Argument<Self>] = [
      .positional("shell", \.shell, value: .untranslated("shell"), help: .untranslated("A shell."))
    ]

    func run(_ context: RunContext, stderr: inout some TextOutputStream) throws(CLIError) -> CommandOutput {
      CommandOutput(text: "")
    }
  }

  struct Tool: ParsableCommand {
    static let configuration = CommandConfiguration(
      name: "tool", abstract: .untranslated("A tool."), subcommands: [Greet.self, Pick.self])
    static let arguments: [Argument<Self>] = []

    func run(_ context: RunContext, stderr: inout some TextOutputStream) throws(CLIError) -> CommandOutput {
      CommandOutput(text: "")
    }
  }

  private func greet(_ arguments: [String]) throws(UsageError) -> Greet {
    let outcome = try CommandLineParser(root: Tool.self).parse(["greet"] + arguments)
    guard case .run(let command as Greet, _) = outcome else {
      throw UsageError(.untranslated("expected a run of greet, got \(outcome)"), command: Tool.info())
    }
    return command
  }

  @Test func valuesFlagsAndPositionals() throws {
    let parsed = try greet([
      "--color", "green", "a", "--name=Acme", "--loud", "--name", "Bolt", "b", "--color=blue", "--color=green",
    ])
    #expect(parsed.names == ["Acme", "Bolt"])
    #expect(parsed.color == .green)  // the last one wins
    #expect(parsed.loud)
    #expect(parsed.words == ["a", "b"])
    #expect(try greet(["-o", "out.txt"]).output == "out.txt")
    #expect(try greet(["-o=x"]).output == "x")
    #expect(try greet([]).color == .red)
  }

  @Test func doubleDashMakesEverythingAfterItPositional() throws {
    let parsed = try greet(["--", "--loud", "-h", "--"])
    #expect(parsed.words == ["--loud", "-h", "--"])
    #expect(!parsed.loud)
  }

  @Test func anEqualsSignMayBeInTheValueAndAValueMayStartWithADash() throws {
    #expect(try greet(["--name=a=b"]).names == ["a=b"])
    #expect(try greet(["--name="]).names == [""])
    #expect(try greet(["--name", "-x"]).names == ["-x"])
    #expect(try greet(["-"]).words == ["-"])
  }

  @Test func typedValuesAreReadAsTheCommandLineIsParsed() throws {
    #expect(try greet(["--when", "31.03.2026"]).when == .day(try #require(Day(iso: "2026-03-31"))))
    #expect(try greet(["--when", "today"]).when == .today)
  }

  @Test func helpAndVersionWinEverywhere() throws {
    let parser = CommandLineParser(root: Tool.self)
    for arguments in [
      ["greet", "--bogus", "-h"], ["greet", "--help"], ["help", "greet"], ["greet", "--color=x", "-h"],
    ] {
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
    guard case .version = try parser.parse(["greet", "--color", "x", "--version"]) else {
      Issue.record("--version after a bad value should still print the version")
      return
    }
    guard case .run = try parser.parse(["greet", "--", "--version"]) else {
      Issue.record("--version after -- is a word")
      return
    }
  }

  @Test(arguments: [
    (["greet", "--colr", "red"], "unknown option '--colr'; did you mean '--color'?"),
    (["greet", "--zzzzzz"], "unknown option '--zzzzzz'"),
    (["greet", "-x"], "unknown option '-x'"),
    (["greet", "--when"], "missing value for '--when <date>'"),
    (["greet", "--loud=yes"], "'--loud' does not take a value"),
    (["greet", "--color", "gren"], "'--color gren' is not one of red, green, blue; did you mean 'green'?"),
    (["greet", "--color=gren"], "'--color gren' is not one of red, green, blue; did you mean 'green'?"),
    (
      ["greet", "--when", "2026-02-30"],
      "'--when 2026-02-30' is not a date (write 2026-03-31, 31.03.2026, 03/31/2026 or today)"
    ),
    (["greet", "--loud", "--color", "blue"], "a blue greeting is never loud"),
    (["great"], "unknown subcommand 'great'; did you mean 'greet'?"),
    (["help", "gret"], "unknown subcommand 'gret'; did you mean 'greet'?"),
    (["--bogus"], "unknown option '--bogus'"),
    (["pick"], "missing argument '<shell>'"),
    (["pick", "zsh", "bash"], "unexpected argument 'bash'"),
    (["pick", "csh"], "'csh' is not one of bash, zsh, fish; did you mean 'zsh'?"),
    (["pick", "powershell"], "'powershell' is not one of bash, zsh, fish"),
  ])
  func usageErrors(arguments: [String], message: String) {
    #expect(throws: UsageError.self) { try CommandLineParser(root: Tool.self).parse(arguments) }
    do {
      _ = try CommandLineParser(root: Tool.self).parse(arguments)
    } catch {
      #expect(error.message.englishText == message)
    }
  }

  @Test func usageErrorsPointAtTheCommand() {
    do {
      _ = try CommandLineParser(root: Tool.self).parse(["greet", "--colr"])
    } catch {
      #expect(error.usage.englishText == "tool greet [<options>] [<word> ...]")
      #expect(error.command == "tool greet")
    }
  }

  @Test func helpLayout() {
    let text = HelpText(command: Greet.info(parent: "tool"), width: 60).render()
    #expect(
      text == """
        OVERVIEW: Say hello.

        Greets every name given.

        USAGE: tool greet [<options>] [<word> ...]

        ARGUMENTS:
          <word>                  Words.

        OPTIONS:
          --name <name>           A client.
          --color <color>         A colour. (values: red, green,
                                  blue; default: red)
          --when <date>           A day.
          --loud                  Shout.
          -o, --output <file>     Where.
          --lang <language>       The language of the output for
                                  people. (values: en, ar; default:
                                  from LC_ALL, LC_MESSAGES or LANG,
                                  else en)
          --digits <digits>       Western (0-9) or Arabic-Indic
                                  digits for people; JSON and CSV
                                  keep Western digits. (values:
                                  western, arabic; default: western)
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
