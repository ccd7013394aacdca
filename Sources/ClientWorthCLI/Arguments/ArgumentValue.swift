import Localization

/// A type an option's value or a positional argument is read into (`--format json` → `OutputFormat`),
/// checked as the command line is parsed, before anything is read.
protocol ArgumentValue: Sendable {
  /// Reads the value from the text as typed; throws what is wrong with it when it is not one.
  init(argument text: String) throws(ArgumentValueError)
  /// The accepted values, when there is a fixed list (help, errors, completions); nil: any text.
  static var choices: [String]? { get }
  /// What a shell offers when the value is being completed.
  static var completion: Completion { get }
}

extension ArgumentValue {
  static var choices: [String]? { nil }
  static var completion: Completion { choices.map(Completion.choices) ?? .none }
}

/// What is wrong with a value, as the rest of a sentence whose subject is the value as typed:
/// `is not a date (…)` makes "'--as-of 2026-02-30' is not a date (…)"; in Arabic the subject is
/// `القيمة «…»` and the problem its predicate (`ليست تاريخًا`).
struct ArgumentValueError: Error, Equatable, Sendable {
  let problem: LocalizedText

  init(_ problem: LocalizedText) { self.problem = problem }
}

/// An enumeration whose raw values are what is typed (`--format json`): its cases are the
/// choices help, errors and completions list.
extension ArgumentValue where Self: CaseIterable & RawRepresentable, RawValue == String {
  init(argument text: String) throws(ArgumentValueError) {
    guard let value = Self(rawValue: text) else {
      throw .notOneOf(Self.allCases.map(\.rawValue), typed: text)
    }
    self = value
  }

  static var choices: [String]? { allCases.map(\.rawValue) }
}

extension ArgumentValueError {
  /// `is not one of table, markdown, csv, json, html; did you mean 'json'?`
  static func notOneOf(_ choices: [String], typed: String) -> ArgumentValueError {
    let codes = choices.map { LocalizedText.same("\(code: $0)") }
    return ArgumentValueError(
      LocalizedText(en: "is not one of \(list: codes, .comma)", ar: "ليست من القيم \(list: codes, .comma)")
        + Suggestion.didYouMean(typed, in: choices))
  }
}

/// Any text: a file name, a client name.
extension String: ArgumentValue {
  init(argument text: String) throws(ArgumentValueError) { self = text }
}
