import Decisions

extension Recommendation {
  /// The recommendation in words, as titles and counts show it: `exit at contract end`.
  var words: String { String(rawValue.map { $0 == "-" ? " " : $0 }) }

  /// Whether the spec gives it reasons (all but keep, inactive and invoice-first); only those
  /// cards list the incidents too.
  var carriesReasons: Bool { ![.keep, .inactive, .invoiceFirst].contains(self) }

  /// How a card's title shows it: exits as a loss, the ones needing action as a warning.
  var emphasis: Emphasis {
    switch self {
    case .exitNow, .exitAtContractEnd: .loss
    case .renegotiate, .watch, .invoiceFirst: .warning
    case .keep: .good
    case .inactive: .plain
    }
  }
}
