import Analysis
import Localization

extension TextTable.Cell {
  /// A row's flags in spec order, with shorter forms for a narrow terminal: `losing below-target
  /// late-payer`, then `losing below-target +1`, `losing +2`, `3 flags`. English joins their codes
  /// with spaces; Arabic, whose flags are words, with commas (`خاسر، دون المستهدف`).
  static func flags(_ flags: [Flag], _ locale: TextLocale = .english) -> Self {
    let names = flags.sorted().map { locale($0.text) }
    let separator = locale.language == .en ? " " : "، "
    var shorter: [String] = []
    for kept in stride(from: names.count - 1, through: 1, by: -1) {
      let more = locale(.number(DecimalNumber(names.count - kept), grouped: false))
      shorter.append(names.prefix(kept).joined(separator: separator) + " +" + more)
    }
    if !names.isEmpty { shorter.append(locale(.count(DecimalNumber(names.count), .flag, .nominative))) }
    return Self(names.joined(separator: separator), .warning, shorter: shorter, items: names)
  }
}
