/// The top of the command tree: `clientworth` and its subcommands.
struct RootCommand: ParsableCommand {
  static let version = "clientworth 0.1.0"

  static let configuration = CommandConfiguration(
    name: "clientworth",
    abstract: "Find out what each client is really worth, and what to do about the ones who cost you.",
    discussion: """
      Reads the CSV exports of your time tracker, invoicing and payments (any number of files, \
      recognised by their headers), computes each client's profit, effective rate and lateness, \
      and recommends keep, renegotiate or exit.
      """,
    subcommands: [
      ReportCommand.self, DecideCommand.self, TrendCommand.self, ExplainCommand.self, WhatIfCommand.self,
      InspectCommand.self,
      FormatsCommand.self,
      CompletionsCommand.self,
    ])

  static let arguments: [Argument<Self>] = []

  /// `clientworth` alone shows the top-level help.
  func run(_ context: RunContext, stderr: inout some TextOutputStream) throws(CLIError) -> CommandOutput {
    CommandOutput(text: HelpText(command: Self.info(), width: context.width).render())
  }
}
