/// A `--lang` or `--digits` without a value, or with one that is not a choice.
enum LanguageOptionError: Error, Sendable {
  case missingValue(ArgumentInfo)
  case badValue(ArgumentInfo, String)
}
