import Domain
import Localization

/// How a setting's value is written and which values make sense: its type, its sensible range,
/// and, for a value outside it, what was probably meant. One kind serves every setting of that
/// type, in the file and on the command line alike.
struct SettingKind<Value: Sendable>: Sendable {
  /// The placeholder in help: `amount`, `share`, `days`.
  let valueName: LocalizedText
  /// The sensible range in words (`0 to 1`), for help and the settings table; nil: any value.
  var limits: LocalizedText?
  /// The accepted values of an enumerated kind, in help order.
  var choices: [String]?
  /// The value as help and the settings table show it.
  let show: @Sendable (Value) -> LocalizedText
  /// Reads the value from the settings file, at `keyPath`.
  let decode: @Sendable (JSONNode, _ file: String, _ keyPath: String) throws(SettingsError) -> Value
  /// Reads the value from a flag's text; nil for a kind written as an object, which no flag carries.
  let parse: (@Sendable (String, _ label: String) throws(SettingProblem) -> Value)?

  /// How a single value is written in the settings file.
  enum Written: Sendable {
    case number, string
  }

  /// A kind of single value, read from the same text in the file (a JSON number's text, or a
  /// string) and on the command line.
  static func single(
    _ valueName: LocalizedText, written: Written, limits: LocalizedText? = nil, choices: [String]? = nil,
    show: @escaping @Sendable (Value) -> LocalizedText,
    read: @escaping @Sendable (String, SettingOrigin) throws(SettingProblem) -> Value
  ) -> SettingKind {
    SettingKind(
      valueName: valueName, limits: limits, choices: choices, show: show,
      decode: { node, file, keyPath throws(SettingsError) in
        let text: String
        switch (written, node.value) {
        case (.number, .number(let number)): text = number
        case (.string, .string(let string)): text = string
        // JSON numbers are ASCII: a number written with Arabic-Indic digits can only be a string.
        case (.number, .string(let string)) where Digits.westernized(string) != string: text = string
        default: throw node.mismatch(keyPath, in: file, expected: written == .number ? .aNumber : .aString)
        }
        do throws(SettingProblem) {
          return try read(text, .file(path: file, keyPath: keyPath, line: node.line, column: node.column))
        } catch {
          let shown = written == .string ? "\"\(text)\"" : text
          throw SettingsError(at: node, in: file, .badSetting(keyPath + " " + shown, error.text))
        }
      },
      parse: { text, label throws(SettingProblem) in try read(text, .flag(label: label)) })
  }
}

extension SettingsError {
  /// A problem with the value `node`, in the settings file `file`.
  init(at node: JSONNode, in file: String, _ message: LocalizedText) {
    self.init(file: file, line: node.line, column: node.column, message: message)
  }
}

extension LocalizedText {
  /// `costRate 12.345 has more than 4 decimals`: a setting and its value as written, then the
  /// problem (`SettingProblem`).
  static func badSetting(_ written: String, _ problem: LocalizedText) -> LocalizedText {
    LocalizedText(en: "\(code: written) \(problem)", ar: "القيمة \(code: written) \(problem)")
  }
}
