import Decisions
import Localization

extension Recommendation {
  /// The recommendation in words, as titles and counts show it: `exit at contract end`,
  /// `إنهاء عند نهاية العقد`.
  var words: LocalizedText {
    switch self {
    case .exitNow: LocalizedText(en: "exit now", ar: "إنهاء فوري")
    case .exitAtContractEnd: LocalizedText(en: "exit at contract end", ar: "إنهاء عند نهاية العقد")
    case .phaseOut: LocalizedText(en: "phase out", ar: "إنهاء تدريجي")
    case .fix: LocalizedText(en: "fix", ar: "إصلاح")
    case .renegotiate: LocalizedText(en: "renegotiate", ar: "إعادة تفاوض")
    case .watch: LocalizedText(en: "watch", ar: "مراقبة")
    case .invoiceFirst: LocalizedText(en: "invoice first", ar: "الفوترة أولًا")
    case .new: LocalizedText(en: "new", ar: "عميل جديد")
    case .keep: LocalizedText(en: "keep", ar: "إبقاء")
    case .inactive: LocalizedText(en: "inactive", ar: "غير نشط")
    }
  }

  /// The recommendation as the report table's Decision column shows it: its code in English
  /// (`exit-at-contract-end`, as the JSON names it), its words in Arabic.
  var cellText: LocalizedText {
    LocalizedText(en: "\(code: rawValue)", ar: words.arabic)
  }

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
