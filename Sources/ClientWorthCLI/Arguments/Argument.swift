import Localization

/// One option or positional argument of a command, declared once beside the typed property it
/// fills: parsing, validation, help, the man page and completions all read this value.
///
/// `.option("window", \.window, value: .daysValue, help: …)` reads `--window 60` into `window`
/// through the property type's `ArgumentValue` conformance, so a bad value is refused while the
/// command line is parsed, naming the option.
struct Argument<Command>: Sendable {
  let info: ArgumentInfo
  /// Puts one value (the empty text for a flag) into the command.
  let apply: @Sendable (inout Command, String) throws(ArgumentValueError) -> Void

  init(_ info: ArgumentInfo, apply: @escaping @Sendable (inout Command, String) throws(ArgumentValueError) -> Void) {
    self.info = info
    self.apply = apply
  }

  /// The same argument filling a part of a larger command (an option group).
  func lifted<Outer>(_ path: WritableKeyPath<Outer, Command> & Sendable) -> Argument<Outer> {
    let apply = self.apply
    return Argument<Outer>(info) { (outer: inout Outer, text: String) throws(ArgumentValueError) in
      try apply(&outer[keyPath: path], text)
    }
  }
}

extension Array {
  /// Every argument of a group, filling the group's property of a larger command.
  func lifted<Group, Outer>(_ path: WritableKeyPath<Outer, Group> & Sendable) -> [Argument<Outer>]
  where Element == Argument<Group> {
    map { $0.lifted(path) }
  }
}

extension Argument {
  /// `--name <value>` into an optional property; nil when not given.
  static func option<Value: ArgumentValue>(
    _ name: String, short: Character? = nil, _ path: WritableKeyPath<Command, Value?> & Sendable,
    value valueName: LocalizedText, completion: Completion? = nil, help: LocalizedText
  ) -> Argument {
    let info = ArgumentInfo(
      name: name, short: short, kind: .option, valueName: valueName, help: help, choices: Value.choices,
      completion: completion ?? Value.completion)
    return Argument(info) { (command: inout Command, text: String) throws(ArgumentValueError) in
      command[keyPath: path] = try Value(argument: text)
    }
  }

  /// `--name <value>`, repeatable: every value is kept, in command-line order.
  static func repeating<Value: ArgumentValue>(
    _ name: String, _ path: WritableKeyPath<Command, [Value]> & Sendable, value valueName: LocalizedText,
    help: LocalizedText
  ) -> Argument {
    let info = ArgumentInfo(
      name: name, kind: .repeatingOption, valueName: valueName, help: help, choices: Value.choices,
      completion: Value.completion)
    return Argument(info) { (command: inout Command, text: String) throws(ArgumentValueError) in
      command[keyPath: path].append(try Value(argument: text))
    }
  }

  /// `--name`: sets a Boolean property.
  static func flag(
    _ name: String, short: Character? = nil, _ path: WritableKeyPath<Command, Bool> & Sendable, help: LocalizedText
  ) -> Argument {
    Argument(ArgumentInfo(name: name, short: short, kind: .flag, help: help)) { command, _ in
      command[keyPath: path] = true
    }
  }

  /// `--name`: sets a property to one value (`--monthly` sets the interval to `.month`).
  static func flag<Value: Sendable>(
    _ name: String, _ path: WritableKeyPath<Command, Value?> & Sendable, setting value: Value, help: LocalizedText
  ) -> Argument {
    Argument(ArgumentInfo(name: name, kind: .flag, help: help)) { command, _ in
      command[keyPath: path] = value
    }
  }

  /// `<name> ...`: any number of positional arguments.
  static func positionals(
    _ name: String, _ path: WritableKeyPath<Command, [String]> & Sendable, value valueName: LocalizedText,
    completion: Completion, help: LocalizedText
  ) -> Argument {
    let info = ArgumentInfo(name: name, kind: .positionals, valueName: valueName, help: help, completion: completion)
    return Argument(info) { command, text in
      command[keyPath: path].append(text)
    }
  }

  /// `<name>`: one positional argument that must be given; `[<name>]` when `optional`, which takes
  /// only one of `Value`'s choices (anything else goes to the positional after it).
  static func positional<Value: ArgumentValue>(
    _ name: String, _ path: WritableKeyPath<Command, Value?> & Sendable, value valueName: LocalizedText,
    optional: Bool = false, help: LocalizedText
  ) -> Argument {
    let info = ArgumentInfo(
      name: name, kind: optional ? .optionalPositional : .positional, valueName: valueName, help: help,
      choices: Value.choices,
      completion: Value.completion)
    return Argument(info) { (command: inout Command, text: String) throws(ArgumentValueError) in
      command[keyPath: path] = try Value(argument: text)
    }
  }

}

extension Argument where Command: ArgumentGroup {
  /// `--name <value>` into a property with a default: help shows the property's initial value.
  static func option<Value: ArgumentValue & RawRepresentable>(
    _ name: String, short: Character? = nil, _ path: WritableKeyPath<Command, Value> & Sendable,
    value valueName: LocalizedText, help: LocalizedText
  ) -> Argument where Value.RawValue == String {
    let info = ArgumentInfo(
      name: name, short: short, kind: .option, valueName: valueName, help: help,
      defaultText: .same("\(code: Command()[keyPath: path].rawValue)"), choices: Value.choices,
      completion: Value.completion)
    return Argument(info) { (command: inout Command, text: String) throws(ArgumentValueError) in
      command[keyPath: path] = try Value(argument: text)
    }
  }
}
