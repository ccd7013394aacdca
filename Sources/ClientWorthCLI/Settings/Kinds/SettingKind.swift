import Domain

/// How a setting's value is written and which values make sense: its type, its sensible range,
/// and, for a value outside it, what was probably meant. One kind serves every setting of that
/// type, in the file and on the command line alike.
struct SettingKind<Value: Sendable>: Sendable {
  /// The placeholder in help: `amount`, `share`, `days`.
  let valueName: String
  /// The sensible range in words (`0 to 1`), for help and the settings table; nil: any value.
  var limits: String?
  /// The accepted values of an enumerated kind, in help order.
  var choices: [String]?
  /// The value as help and the settings table show it.
  let show: @Sendable (Value) -> String
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
    _ valueName: String, written: Written, limits: String? = nil, choices: [String]? = nil,
    show: @escaping @Sendable (Value) -> String,
    read: @escaping @Sendable (String, SettingOrigin) throws(SettingProblem) -> Value
  ) -> SettingKind {
    SettingKind(
      valueName: valueName, limits: limits, choices: choices, show: show,
      decode: { node, file, keyPath throws(SettingsError) in
        let text: String
        switch (written, node.value) {
        case (.number, .number(let number)): text = number
        case (.string, .string(let string)): text = string
        default: throw node.mismatch(keyPath, in: file, expected: written == .number ? "a number" : "a string")
        }
        do throws(SettingProblem) {
          return try read(text, .file(path: file, keyPath: keyPath, line: node.line, column: node.column))
        } catch {
          let shown = written == .string ? "\"\(text)\"" : text
          throw SettingsError(at: node, in: file, "\(keyPath) \(shown) \(error.text)")
        }
      },
      parse: { text, label throws(SettingProblem) in try read(text, .flag(label: label)) })
  }
}

extension SettingsError {
  /// A problem with the value `node`, in the settings file `file`.
  init(at node: JSONNode, in file: String, _ message: String) {
    self.init(file: file, line: node.line, column: node.column, message: message)
  }
}
