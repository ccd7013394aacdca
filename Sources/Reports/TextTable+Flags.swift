import Analysis

extension TextTable.Cell {
  /// A row's flags in spec order, joined by spaces, with shorter forms for a narrow terminal:
  /// `losing below-target late-payer`, then `losing below-target +1`, `losing +2`, `3 flags`.
  static func flags(_ flags: [Flag]) -> Self {
    let names = flags.sorted().map(\.rawValue)
    var shorter: [String] = []
    for kept in stride(from: names.count - 1, through: 1, by: -1) {
      shorter.append((names.prefix(kept) + ["+\(names.count - kept)"]).joined(separator: " "))
    }
    if !names.isEmpty { shorter.append(names.count == 1 ? "1 flag" : "\(names.count) flags") }
    return Self(names.joined(separator: " "), .warning, shorter: shorter)
  }
}
