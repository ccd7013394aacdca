import Localization

/// One setting of spec §2, declared once: its key in `clientworth.json`, its flag, its kind (type
/// and sensible range), what it means, its default and where its value goes. Reading the file,
/// the flag, the checks, `--help` and the settings tables of the docs all come from this value.
struct Setting: Sendable {
  let key: String
  /// The long option without dashes (`cost-rate`); nil for a setting only the file can hold.
  let flag: String?
  /// What the setting is, as the spec's table says it.
  let meaning: LocalizedText
  let valueName: LocalizedText
  let limits: LocalizedText?
  let choices: [String]?
  /// The default as help and the tables show it.
  let defaultText: LocalizedText
  /// Reads the value written in the settings file.
  let decode: @Sendable (JSONNode, _ file: String) throws(SettingsError) -> SettingAssignment
  /// Reads a flag's value; nil when the setting has no flag.
  let parse: (@Sendable (String, _ label: String) throws(SettingProblem) -> SettingAssignment)?

  /// A setting whose default is the value `target` holds before any source sets it (the
  /// calculation's own default, for the settings it reads).
  init<Value>(
    _ key: String, flag: String? = nil, _ kind: SettingKind<Value>,
    _ target: WritableKeyPath<SettingValues, Value> & Sendable, meaning: LocalizedText
  ) {
    self.init(key, flag: flag, kind, meaning: meaning, default: kind.show(SettingValues()[keyPath: target])) {
      value in { $0[keyPath: target] = value }
    }
  }

  /// A setting with no value until a source gives one; `unset` says what that means.
  init<Value>(
    _ key: String, flag: String? = nil, _ kind: SettingKind<Value>,
    _ target: WritableKeyPath<SettingValues, Value?> & Sendable, meaning: LocalizedText, unset: LocalizedText
  ) {
    self.init(key, flag: flag, kind, meaning: meaning, default: unset) { value in { $0[keyPath: target] = value } }
  }

  private init<Value>(
    _ key: String, flag: String?, _ kind: SettingKind<Value>, meaning: LocalizedText,
    default defaultText: LocalizedText,
    assigning: @escaping @Sendable (Value) -> @Sendable (inout SettingValues) -> Void
  ) {
    self.key = key
    self.flag = flag
    self.meaning = meaning
    self.valueName = kind.valueName
    self.limits = kind.limits
    self.choices = kind.choices
    self.defaultText = defaultText
    self.decode = { node, file throws(SettingsError) in
      SettingAssignment(apply: assigning(try kind.decode(node, file, key)))
    }
    if let parse = kind.parse {
      self.parse = { text, label throws(SettingProblem) in SettingAssignment(apply: assigning(try parse(text, label))) }
    } else {
      self.parse = nil
    }
  }

  /// The setting's command-line option, which records the value for after the settings file.
  var flagArgument: Argument<SettingFlags>? {
    guard let flag, let parse else { return nil }
    let info = ArgumentInfo(
      name: flag, kind: .option, valueName: valueName, help: Self.sentence(meaning), defaultText: defaultText,
      limits: limits, choices: choices, completion: choices.map(Completion.choices) ?? .none)
    return Argument(info) { (flags: inout SettingFlags, text: String) throws(ArgumentValueError) in
      do throws(SettingProblem) {
        flags.assignments.append(try parse(text, info.label(.english)))
      } catch {
        throw ArgumentValueError(error.text)
      }
    }
  }

  /// `what one hour costs` → `What one hour costs.`
  static func sentence(_ text: LocalizedText) -> LocalizedText {
    text.capitalized + .same(".")
  }
}

/// One setting's value from one source, to put in its place: the file's first, then the flags',
/// so that a flag wins.
struct SettingAssignment: Sendable {
  let apply: @Sendable (inout SettingValues) -> Void
}
