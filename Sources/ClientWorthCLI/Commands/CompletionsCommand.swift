import Localization

/// `clientworth completions bash|zsh|fish`: the shell's completion script, made from the same
/// declarations as help.
struct CompletionsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    name: "completions",
    abstract: LocalizedText(
      en: "Print a completion script for bash, zsh or fish.",
      ar: "اطبع نص الإكمال التلقائي لـ\(code: "bash") أو \(code: "zsh") أو \(code: "fish")."),
    discussion: LocalizedText(
      en: "Subcommands, options, their values and file names complete. bash: add "
        + "'source <(clientworth completions bash)' to ~/.bashrc. zsh: save the output as _clientworth in a folder of "
        + "$fpath. fish: save it as ~/.config/fish/completions/clientworth.fish.",
      ar: "تُكمَّل الأوامر الفرعية والخيارات وقيمها وأسماء الملفات. \(code: "bash"): أضف "
        + "\(code: "source <(clientworth completions bash)") إلى \(code: "~/.bashrc"). \(code: "zsh"): احفظ الناتج باسم "
        + "\(code: "_clientworth") في مجلد من \(code: "$fpath"). \(code: "fish"): احفظه باسم "
        + "\(code: "~/.config/fish/completions/clientworth.fish")."))

  var shell: Shell?

  static let arguments: [Argument<Self>] = [
    .positional(
      "shell", \.shell, value: .shellValue,
      help: LocalizedText(en: "The shell to complete in.", ar: "الصدفة التي يجري فيها الإكمال."))
  ]

  func run(_ context: RunContext, stderr: inout some TextOutputStream) throws(CLIError) -> CommandOutput {
    let root = RootCommand.info()
    switch shell ?? .bash {
    case .bash: return CommandOutput(text: BashCompletion(root: root).script())
    case .zsh: return CommandOutput(text: ZshCompletion(root: root, locale: context.locale).script())
    case .fish: return CommandOutput(text: FishCompletion(root: root, locale: context.locale).script())
    }
  }
}
