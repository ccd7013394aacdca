/// `clientworth completions bash|zsh|fish`: the shell's completion script, made from the same
/// declarations as help.
struct CompletionsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    name: "completions",
    abstract: "Print a completion script for bash, zsh or fish.",
    discussion: """
      Subcommands, options, their values and file names complete. bash: add \
      'source <(clientworth completions bash)' to ~/.bashrc. zsh: save the output as _clientworth in a \
      folder of $fpath. fish: save it as ~/.config/fish/completions/clientworth.fish.
      """)

  var shell: Shell?

  static let arguments: [Argument<Self>] = [
    .positional("shell", \.shell, help: "The shell to complete in.")
  ]

  func run(_ context: RunContext, stderr: inout some TextOutputStream) throws(CLIError) -> CommandOutput {
    let root = RootCommand.info()
    switch shell ?? .bash {
    case .bash: return CommandOutput(text: BashCompletion(root: root).script())
    case .zsh: return CommandOutput(text: ZshCompletion(root: root).script())
    case .fish: return CommandOutput(text: FishCompletion(root: root).script())
    }
  }
}
