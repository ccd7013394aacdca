import Localization

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

extension LocalizedText {
  /// Where the settings of `report`, `decide` and `trend` come from.
  static let settingsSources = LocalizedText(
    en: "Settings come from --config FILE, else ./clientworth.json, else the clientworth.json inside the first folder "
      + "given; every flag below wins over the file.",
    ar: "تُقرأ الإعدادات من الملف المعطى بـ\(code: "--config")، وإلا من \(code: "./clientworth.json")، وإلا من "
      + "\(code: "clientworth.json") داخل أول مجلد مُعطى؛ وكل خيار أدناه يتقدّم على الملف.")

  /// `--wide`, of `report` and `trend`.
  static let wideHelp = LocalizedText(
    en: "Show every column of the table, however wide the terminal (piped output always does).",
    ar: "اعرض كل أعمدة الجدول مهما كان عرض الطرفية (والناتج الموجَّه إلى أمر آخر يعرضها دائمًا).")
}
