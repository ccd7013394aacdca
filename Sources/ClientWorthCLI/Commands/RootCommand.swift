/// The top of the command tree: `clientworth` and its subcommands.
enum RootCommand {
  static let version = "clientworth 0.1.0"

  static let spec = CommandSpec(
    name: "clientworth",
    abstract: "Find out what each client is really worth, and what to do about the ones who cost you.",
    discussion: """
      Reads the CSV exports of your time tracker, invoicing and payments (any number of files, \
      recognised by their headers), computes each client's profit, effective rate and lateness, \
      and recommends keep, renegotiate or exit.
      """,
    subcommands: [ReportCommand.spec, DecideCommand.spec, TrendCommand.spec, InspectCommand.spec, FormatsCommand.spec])
}
