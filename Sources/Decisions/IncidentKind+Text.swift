import Domain
import Localization

extension IncidentKind {
  /// The kind as people read it: its code in English (`out-of-hours`, as incidents files write
  /// it), words in Arabic (`تواصل خارج أوقات العمل`).
  public var text: LocalizedText {
    LocalizedText(en: "\(code: rawValue)", ar: Self.arabic[self] ?? "\(code: rawValue)")
  }

  /// What you did, in words: `warning`, `rate proposal`, `boundary`, `fix attempt`.
  public var attemptText: LocalizedText {
    switch self {
    case .warning: LocalizedText(en: "a warning", ar: "تنبيه")
    case .rateProposed: LocalizedText(en: "a rate proposal", ar: "اقتراح سعر جديد")
    case .boundarySet: LocalizedText(en: "a boundary", ar: "وضع حدود")
    default: LocalizedText(en: "a fix attempt", ar: "محاولة إصلاح")
    }
  }

  /// `warning`, `rate proposal`, `boundary`, `fix attempt`: the attempt without its article.
  public var attemptName: LocalizedText {
    switch self {
    case .warning: LocalizedText(en: "warning", ar: "التنبيه")
    case .rateProposed: LocalizedText(en: "rate proposal", ar: "اقتراح السعر")
    case .boundarySet: LocalizedText(en: "boundary", ar: "وضع الحدود")
    default: LocalizedText(en: "fix attempt", ar: "محاولة الإصلاح")
    }
  }

  private static let arabic: [IncidentKind: Template] = [
    .abuse: "إساءة", .threat: "تهديد", .harassment: "تحرّش", .illegal: "طلب غير قانوني",
    .latePayment: "تأخر في الدفع", .scopeChange: "تغيير في النطاق", .outOfHours: "تواصل خارج أوقات العمل",
    .unreasonableDemand: "طلب غير معقول", .excessiveCriticism: "نقد مفرط", .negativeReview: "تقييم سلبي",
    .misleadingInfo: "معلومات مضللة", .contractBreach: "إخلال بالعقد", .refundDemand: "طلب استرداد",
    .disrespect: "عدم احترام", .noResponse: "عدم الرد", .warning: "تنبيه", .fixAttempt: "محاولة إصلاح",
    .rateProposed: "اقتراح سعر جديد", .boundarySet: "وضع حدود",
  ]
}
