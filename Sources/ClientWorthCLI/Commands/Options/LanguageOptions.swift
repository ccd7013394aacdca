import Localization

/// `--lang ar|en` and `--digits western|arabic`: the language and digits of every text for
/// people, taken by every command anywhere on its command line (before `--`), the way `--help`
/// is. Without `--lang`, the environment decides (`LC_ALL`, then `LC_MESSAGES`, then `LANG`:
/// `ar_EG.UTF-8` is Arabic), else English.
///
/// They are read before the rest of the command line, so that even a usage error is written in
/// the language asked for.
struct LanguageOptions: Sendable, Equatable {
  var language: Language?
  var digits: Digits?

  static let language = ArgumentInfo(
    name: "lang", kind: .option, valueName: .languageValue,
    help: LocalizedText(en: "The language of the output for people.", ar: "لغة الناتج الموجَّه للقراء."),
    defaultText: LocalizedText(
      en: "from \(code: "LC_ALL"), \(code: "LC_MESSAGES") or \(code: "LANG"), else \(code: "en")",
      ar: "من \(code: "LC_ALL") أو \(code: "LC_MESSAGES") أو \(code: "LANG")، وإلا \(code: "en")"),
    choices: Language.allCases.map(\.rawValue), completion: .choices(Language.allCases.map(\.rawValue)))
  static let digits = ArgumentInfo(
    name: "digits", kind: .option, valueName: .digitsValue,
    help: LocalizedText(
      en: "Western (0-9) or Arabic-Indic digits for people; JSON and CSV keep Western digits.",
      ar: "أرقام غربية (\(code: "0-9")) أو أرقام عربية (\(code: "٠-٩")) في الناتج الموجَّه للقراء؛ ويبقى \(code: "JSON") "
        + "و\(code: "CSV") بالأرقام الغربية."),
    defaultText: .same("\(code: Digits.western.rawValue)"), choices: Digits.allCases.map(\.rawValue),
    completion: .choices(Digits.allCases.map(\.rawValue)))
  static let infos = [language, digits]

  /// The locale these options ask for, the environment's language where `--lang` is not given.
  func locale(environment: [String: String]) -> TextLocale {
    TextLocale(language: language ?? Language.from(environment: environment), digits: digits ?? .western)
  }

  /// The options taken out of `arguments` (up to `--`), and the arguments left for the command.
  static func extract(_ arguments: [String]) throws(LanguageOptionError) -> (LanguageOptions, [String]) {
    var options = LanguageOptions()
    var rest: [String] = []
    var index = 0
    while index < arguments.count {
      let argument = arguments[index]
      index += 1
      if argument == "--" {
        rest += arguments[(index - 1)...]
        break
      }
      guard let info = infos.first(where: { argument == $0.longFlag || argument.hasPrefix($0.longFlag + "=") }) else {
        rest.append(argument)
        continue
      }
      let value: String
      if argument.count > info.longFlag.count {
        value = String(argument.dropFirst(info.longFlag.count + 1))
      } else if index < arguments.count {
        value = arguments[index]
        index += 1
      } else {
        throw .missingValue(info)
      }
      if info.name == language.name {
        guard let parsed = Language(rawValue: value) else { throw .badValue(info, value) }
        options.language = parsed
      } else {
        guard let parsed = Digits(rawValue: value) else { throw .badValue(info, value) }
        options.digits = parsed
      }
    }
    return (options, rest)
  }

  /// The locale of a command line whose language options may be wrong: those that can be read,
  /// else the environment's; what a usage error about them is written in.
  static func bestEffortLocale(_ arguments: [String], environment: [String: String]) -> TextLocale {
    let options = (try? extract(arguments))?.0 ?? LanguageOptions()
    return options.locale(environment: environment)
  }
}
