import Localization

/// The top of the command tree: `clientworth` and its subcommands.
struct RootCommand: ParsableCommand {
  static let version = "clientworth 0.1.0"

  static let configuration = CommandConfiguration(
    name: "clientworth",
    abstract: LocalizedText(
      en: "Find out what each client is really worth, and what to do about the ones who cost you.",
      ar: "اعرف ما يساويه كل عميل حقًا، وما تفعله مع من يكلّفونك."),
    discussion: LocalizedText(
      en: "Reads the CSV exports of your time tracker, invoicing and payments (any number of files, recognised by "
        + "their headers), computes each client's profit, effective rate and lateness, and recommends keep, "
        + "renegotiate or exit.",
      ar: "يقرأ ملفات \(code: "CSV") المصدَّرة من متتبّع الوقت والفوترة والمدفوعات (أي عدد من الملفات، تُعرف صيغة كل "
        + "منها من ترويسته)، ويحسب لكل عميل ربحه وسعر ساعته الفعلي وتأخره في الدفع، ثم يوصي بالإبقاء عليه أو إعادة "
        + "التفاوض أو إنهاء العلاقة."),
    subcommands: [
      ReportCommand.self, DecideCommand.self, TrendCommand.self, ExplainCommand.self, WhatIfCommand.self,
      InspectCommand.self,
      FormatsCommand.self,
      CompletionsCommand.self,
    ])

  static let arguments: [Argument<Self>] = []

  /// `clientworth` alone shows the top-level help.
  func run(_ context: RunContext, stderr: inout some TextOutputStream) throws(CLIError) -> CommandOutput {
    CommandOutput(text: HelpText(command: Self.info(), width: context.width, locale: context.locale).render())
  }
}
