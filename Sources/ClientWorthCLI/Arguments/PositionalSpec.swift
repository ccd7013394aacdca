/// A command's positional argument, e.g. the input `FILE`s of `report`.
struct PositionalSpec: Sendable, Hashable {
  /// The placeholder in usage and help, e.g. `file`.
  let name: String
  /// Whether any number may be given (`[<file> ...]`).
  let repeatable: Bool
  let help: String

  /// `[<file> ...]`.
  var usage: String { repeatable ? "[<\(name)> ...]" : "[<\(name)>]" }
}
