import Analysis
import Domain
import Localization

/// The one mapping from every error to the message a person reads and the exit status (spec §6),
/// in the run's language.
///
/// Messages start `file:line:column: error: what is wrong` (unknown parts left out), followed by
/// detail lines; usage errors are `error: …`, then `Usage: …` and `  See '… --help'…`. The
/// importers' messages are in English until they move into the catalog (`LocalizedText.untranslated`).
enum ErrorPresenter {
  /// The text for standard error (ending with a newline) and the exit status; `running` is the
  /// command whose usage a bad flag value found while running points at.
  static func present(
    _ error: CLIError, running: CommandInfo = RootCommand.info(), locale: TextLocale = .english
  ) -> (message: String, status: ExitStatus) {
    switch error {
    case .usage(let usage):
      let text = LocalizedText(
        en: "error: \(usage.message)\nUsage: \(usage.usage)\n  See '\(code: usage.command + " --help")' for more "
          + "information.\n",
        ar: "خطأ: \(usage.message)\nالاستخدام: \(usage.usage)\n  راجع «\(code: usage.command + " --help")» لمزيد من "
          + "المعلومات.\n")
      return (locale(text), .usage)
    case .settings(let settings):
      return (located(settings.file, settings.line, settings.column, settings.message, locale), .dataError)
    case .input(let input):
      return (located(input.path, nil, nil, input.message, locale), .noInput)
    case .importFailed(let failure):
      var text = located(failure.file, failure.line, failure.column, failure.text, locale)
      for detail in failure.detailTexts { text += locale(detail) + "\n" }
      return (text, failure.unreadable ? .noInput : .dataError)
    case .ambiguousCurrency(let currencies):
      let codes = currencies.map { LocalizedText.same("\(code: $0.code)") }
      let message = LocalizedText(
        en: "the data has amounts in \(list: codes, .comma): set \"currency\" in clientworth.json or pass --currency",
        ar: "في البيانات مبالغ بعملات \(list: codes): اضبط \(code: "\"currency\"") في \(code: "clientworth.json") أو "
          + "مرّر \(code: "--currency")")
      return (unlocated(message, locale), .dataError)
    case .missingRates(let missing, let settingsFile):
      return (missingRatesMessage(missing, settingsFile: settingsFile, locale), .dataError)
    case .tooPrecise(let amount, let currency):
      let what = LocalizedText(
        en: "has more decimals than \(code: currency.code) has (\(number: currency.minorUnitDigits))",
        ar: "فيها منازل عشرية أكثر مما لعملة \(code: currency.code) (\(number: currency.minorUnitDigits))")
      switch amount.origin {
      case .file(let path, let keyPath, let line, let column):
        return (located(path, line, column, .badSetting(keyPath + " " + amount.text, what), locale), .dataError)
      case .flag(let label):
        let flag = label.split(separator: " ").first.map(String.init) ?? label
        let usage = UsageError(.badValue(flag + " " + amount.text, ArgumentValueError(what)), command: running)
        return present(.usage(usage), running: running, locale: locale)
      }
    case .tooLarge(let excess):
      return (tooLargeMessage(excess, locale), .dataError)
    case .tooManyPeriods(let error, let interval):
      let unit: CountedNoun = interval == .month ? .month : .quarter
      var narrow = LocalizedText(
        en: "narrow it with --period or --from and --to",
        ar: "ضيّقها بـ\(code: "--period") أو بـ\(code: "--from") و\(code: "--to")")
      if interval == .month {
        narrow = narrow + LocalizedText(en: ", or use --by quarter", ar: "، أو استخدم \(code: "--by quarter")")
      }
      let message = LocalizedText(
        en: "the data runs from \(error.first.text) to \(error.last.text), \(plain: error.count)"
          + (interval == .month ? " months" : " quarters")
          + ", more than the \(plain: TrendCalculator.maximumPeriods) a trend shows: \(narrow) (a date with a mistyped year?)",
        ar: "تمتد البيانات من \(error.first.text) إلى \(error.last.text)، أي \(count: error.count, unit)، وهذا يتجاوز "
          + "الحد الأقصى للاتجاه (\(number: TrendCalculator.maximumPeriods)): \(narrow) (ربما تاريخ بسنة مكتوبة خطأً؟)")
      return (unlocated(message, locale), .dataError)
    case .strict(let skipped):
      let verb: Template = skipped == 1 ? " was" : " were"
      let message = LocalizedText(
        en: "\(count: skipped, .row)" + verb + " skipped and --strict is set",
        ar: "تُخطّي \(count: skipped, .row) والخيار \(code: "--strict") مضبوط")
      return (unlocated(message, locale), .dataError)
    case .nothingImported(let skipped):
      let message = LocalizedText(
        en: "all \(count: skipped, .row) read were skipped: there is nothing to report on (see the messages above)",
        ar: "تُخطّيت الصفوف المقروءة كلها (\(count: skipped, .row)): لا شيء يُبنى عليه التقرير (انظر الرسائل أعلاه)")
      return (unlocated(message, locale), .dataError)
    case .output(let output):
      let message = LocalizedText(
        en: "cannot write the output: \(output.reason)", ar: "تتعذر كتابة الناتج: \(output.reason)")
      return (located(output.path, nil, nil, message, locale), .cannotCreate)
    case .standardOutput(let reason):
      let message = LocalizedText(
        en: "cannot write to standard output: \(LocalizedText.untranslated(reason))",
        ar: "تتعذر الكتابة في الناتج القياسي: \(LocalizedText.untranslated(reason))")
      return (unlocated(message, locale), .cannotCreate)
    }
  }

  /// `file:line:column: error: message` plus a newline, leaving out what is unknown.
  static func located(
    _ file: String, _ line: Int?, _ column: Int?, _ message: LocalizedText, _ locale: TextLocale
  ) -> String {
    Diagnostic(file: file, line: line, column: column, severity: .error, text: message).rendered(in: locale) + "\n"
  }

  /// `error: message` plus a newline.
  private static func unlocated(_ message: LocalizedText, _ locale: TextLocale) -> String {
    located("", nil, nil, message, locale)
  }

  /// Names the row where the ledger's total went past its bound, and the bound.
  private static func tooLargeMessage(_ excess: LedgerBounds.Excess, _ locale: TextLocale) -> String {
    if case .day(let day) = excess.quantity {
      let message = LocalizedText(
        en: "the date \(day: day) is outside \(day: LedgerBounds.days.lowerBound) to "
          + "\(day: LedgerBounds.days.upperBound), the dates ClientWorth works with: check its year",
        ar: "التاريخ \(day: day) خارج المدى من \(day: LedgerBounds.days.lowerBound) إلى "
          + "\(day: LedgerBounds.days.upperBound)، وهي التواريخ التي يعمل بها \(code: "ClientWorth"): تحقّق من سنته")
      guard let position = excess.position else { return unlocated(message, locale) }
      return located(position.file, position.line, position.column, message, locale)
    }
    let total =
      switch excess.quantity {
      case .money(let currency):
        LocalizedText(
          en: "the amounts of all files add up to more than "
            + "\(code: Money(minorUnits: Int64(LedgerBounds.money), currency: currency).description) (counted without "
            + "sign, in the report currency)",
          ar: "مجموع مبالغ الملفات كلها يتجاوز "
            + "\(code: Money(minorUnits: Int64(LedgerBounds.money), currency: currency).description) (محسوبًا دون "
            + "إشارة، بعملة التقرير)")
      case .seconds, .day:
        LocalizedText(
          en: "the time of all files adds up to more than \(number: Int(LedgerBounds.seconds / 3600)) hours",
          ar: "مجموع وقت الملفات كلها يتجاوز \(count: Int(LedgerBounds.seconds / 3600), .hour)")
      }
    let exactly = LocalizedText(
      en: ", the most ClientWorth computes exactly", ar: "، وهو أقصى ما يحسبه \(code: "ClientWorth") بدقة")
    guard let position = excess.position else { return unlocated(total + exactly, locale) }
    let message =
      total + exactly
      + LocalizedText(en: "; this row took it past: check its value", ar: "؛ وهذا الصف هو الذي تجاوزه: تحقّق من قيمته")
    return located(position.file, position.line, position.column, message, locale)
  }

  /// Names every currency without a rate and shows the exact lines to add to `"rates"`.
  private static func missingRatesMessage(
    _ missing: CurrencyConverter.MissingRates, settingsFile: String, _ locale: TextLocale
  ) -> String {
    let target = missing.target.code
    let codes = missing.currencies.map(\.code)
    var text = unlocated(
      LocalizedText(
        en: "no exchange rate into \(code: target) for \(list: codes.map { .same("\(code: $0)") }, .comma)",
        ar: "لا سعر صرف إلى \(code: target) لعملات \(list: codes.map { .same("\(code: $0)") })"), locale)
    text +=
      "  "
      + locale(
        LocalizedText(
          en: "add to \"rates\" in \(path: settingsFile), with the number of \(code: target) one unit is worth:",
          ar: "أضف إلى \(code: "\"rates\"") في \(path: settingsFile) عدد وحدات \(code: target) التي تساويها الوحدة "
            + "الواحدة:")) + "\n"
    var lines = ["\"rates\": {"]
    for (index, code) in codes.enumerated() {
      let comma = index == codes.count - 1 ? "" : ","
      let value = locale(
        LocalizedText(
          en: "<\(code: target) per 1 \(code: code)>",
          ar: "<\(code: target) لكل \(TextArgument.number(DecimalNumber(1), grouped: false)) \(code: code)>"))
      lines.append("  \"\(code)\": \(value)\(comma)")
    }
    lines.append("}")
    // JSON reads left to right in any language.
    for line in lines { text += "    " + (locale.isRightToLeft ? BidiIsolate.leftToRight(line) : line) + "\n" }
    return text
  }
}
