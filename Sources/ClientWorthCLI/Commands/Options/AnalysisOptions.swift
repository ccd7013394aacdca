/// What `report`, `decide` and `trend` share: the input, the settings of spec §2 (each flag wins
/// over `clientworth.json`), the period of §3, the clients shown, the output and the messages.
struct AnalysisOptions: ArgumentGroup {
  var input = InputOptions()
  var settings = SettingFlags()
  var period = PeriodOptions()
  var selection = ClientSelection()
  var output = OutputOptions()
  var messages = MessageOptions()

  static let arguments: [Argument<Self>] =
    InputOptions.arguments.lifted(\.input) + SettingFlags.arguments.lifted(\.settings)
    + PeriodOptions.arguments.lifted(\.period) + ClientSelection.arguments.lifted(\.selection)
    + OutputOptions.arguments.lifted(\.output) + MessageOptions.arguments.lifted(\.messages)

  func validate() throws(ValidationError) {
    try period.validate()
    try messages.validate()
  }
}
