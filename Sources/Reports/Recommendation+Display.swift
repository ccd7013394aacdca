import Decisions

extension Recommendation {
  /// The recommendation in words, as titles and counts show it: `exit at contract end`.
  var words: String { String(rawValue.map { $0 == "-" ? " " : $0 }) }

  /// Whether the spec gives it reasons (all but keep and inactive, spec §5 "Cards"); those cards
  /// list the incidents too.
  var carriesReasons: Bool { self != .keep && self != .inactive }

  /// How a card's title shows it: exits as a loss, the ones needing action as a warning.
  var emphasis: Emphasis {
    switch self {
    case .exitNow, .exitAtContractEnd, .phaseOut: .loss
    case .fix, .renegotiate, .watch, .invoiceFirst: .warning
    case .keep: .good
    case .new, .inactive: .plain
    }
  }
}
