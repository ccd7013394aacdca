/// `clientworth decide`: keep, renegotiate or exit, client by client (spec §5).
enum DecideCommand {
  static let client = OptionSpec(
    "client", kind: .repeatable, value: "name", help: "Decide only for this client (repeat for several).")
  static let refund = OptionSpec(
    "refund", value: "amount", help: "Weigh one refund offer: is leaving with this refund cheaper than staying?")
  static let letters = OptionSpec(
    "letters", value: "folder",
    help: "Write a draft message to each client to contact (fix, renegotiate, exits) into this folder.")

  static let spec = CommandSpec(
    name: "decide", parent: "clientworth",
    abstract: "Recommend, for each client, keep, watch, fix, renegotiate or leave, with the reasons and a plan.",
    discussion: """
      The decision projects the trailing --window days over the --horizon months (or to the \
      client's contract end); it needs --cost-rate. Settings come from --config FILE, else \
      ./clientworth.json, else the clientworth.json inside the first folder given; every flag below \
      wins over the file.
      """,
    options: AnalysisOptions.all + [client, refund, letters],
    positional: AnalysisOptions.files)
}
