import Localization

extension Flag {
  /// The flag as people read it: its code in English (`late-payer`, as the JSON names it), words
  /// in Arabic (`متأخر الدفع`).
  public var text: LocalizedText {
    switch self {
    case .losing: LocalizedText(en: "losing", ar: "خاسر")
    case .belowTarget: LocalizedText(en: "below-target", ar: "دون المستهدف")
    case .latePayer: LocalizedText(en: "late-payer", ar: "متأخر الدفع")
    case .scopeCreep: LocalizedText(en: "scope-creep", ar: "توسّع النطاق")
    case .unbilled: LocalizedText(en: "unbilled", ar: "غير مفوتر")
    case .conduct: LocalizedText(en: "conduct", ar: "السلوك")
    case .concentration: LocalizedText(en: "concentration", ar: "تركّز الإيراد")
    }
  }
}
