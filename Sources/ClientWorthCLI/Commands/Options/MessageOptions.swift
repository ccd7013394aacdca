import Localization

/// What goes to standard error, and whether a skipped row fails the run.
struct MessageOptions: ArgumentGroup {
  var strict = false
  var verbose = false
  var quiet = false

  static let arguments: [Argument<Self>] = [
    .flag(
      "strict", \.strict,
      help: LocalizedText(
        en: "Fail (exit 65) when any row had to be skipped.", ar: "أخفِق (بالرمز \(number: 65)) إن تُخطّي أي صف.")),
    .flag(
      "verbose", \.verbose,
      help: LocalizedText(
        en: "Tell, on standard error, how many rows of each file were read and skipped.",
        ar: "اذكر في مجرى الأخطاء القياسي عدد الصفوف المقروءة والمتخطّاة في كل ملف.")),
    .flag(
      "quiet", short: "q", \.quiet,
      help: LocalizedText(
        en: "Say nothing on standard error but errors (skipped rows included).",
        ar: "لا تكتب في مجرى الأخطاء القياسي إلا الأخطاء (ومنها الصفوف المتخطّاة).")),
  ]

  func validate() throws(ValidationError) {
    if verbose && quiet {
      throw ValidationError(
        LocalizedText(
          en: "'--verbose' and '--quiet' ask for opposite things; give one",
          ar: "«\(code: "--verbose")» و«\(code: "--quiet")» يطلبان أمرين متعاكسين؛ اختر أحدهما"))
    }
  }
}
