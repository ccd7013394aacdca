import Reports

/// `--sort profit` (smallest first) or `--sort -profit` (largest first), fields named as in the JSON.
extension ClientSort: ArgumentValue {
  init(argument text: String) throws(ArgumentValueError) {
    let descending = text.hasPrefix("-")
    let name = descending ? String(text.dropFirst()) : text
    guard let key = SortKey(rawValue: name) else {
      throw .notOneOf(SortKey.allCases.map(\.rawValue), typed: name)
    }
    self.init(key, descending: descending)
  }

  static var choices: [String]? { SortKey.allCases.map(\.rawValue) }

  static var completion: Completion {
    .choices(SortKey.allCases.flatMap { [$0.rawValue, "-" + $0.rawValue] })
  }
}
