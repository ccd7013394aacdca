import Domain
import Localization

/// Every setting of spec §2, in the spec's order: the one place a setting is declared.
///
/// A new setting is one line here (and, when the calculation reads it, its field and default in
/// `Analysis.Settings`); the file, its flag, the checks, help and the docs' tables follow.
enum SettingsCatalog {
  static let currency = Setting(
    "currency", flag: "currency", .currency, \.currency,
    meaning: LocalizedText(en: "report currency", ar: "عملة التقرير"),
    unset: LocalizedText(
      en: "the only currency in the data; error if several and none set",
      ar: "العملة الوحيدة في البيانات؛ وخطأ إن تعددت العملات ولم تُحدَّد إحداها"))
  static let dateOrder = Setting(
    "dateOrder", flag: "date-order", .choice(.orderValue), \.dateOrder,
    meaning: LocalizedText(
      en: "day/month order for date columns that fit both",
      ar: "ترتيب اليوم والشهر في أعمدة التواريخ التي تحتمل الترتيبين"),
    unset: .none)
  static let timeWithoutClient = Setting(
    "timeWithoutClient", flag: "time-without-client", .choice(.ruleValue), \.timeWithoutClient,
    meaning: LocalizedText(
      en: "a time row with an empty client: its project stands for the client (`project`), or it is skipped (`skip`)",
      ar: "صف الوقت الخالي من العميل: يقوم مشروعه مقام العميل (\(code: "project"))، أو يُتخطّى (\(code: "skip"))"))

  static let all: [Setting] = [
    currency,
    Setting(
      "costRate", flag: "cost-rate", .datedMoney, \.costRate,
      meaning: LocalizedText(
        en: "what one hour of your time costs you (money per hour), and of everyone `people` does not name; "
          + "a list `[{\"from\": \"2026-01-01\", \"rate\": 70}]` changes it from dates",
        ar: "ما تكلّفك ساعة واحدة من وقتك (مبلغ للساعة)، ومن وقت كل من لا يسمّيه \(code: "people")؛ "
          + "والقائمة \(code: "[{\"from\": \"2026-01-01\", \"rate\": 70}]") تغيّرها ابتداءً من تواريخ"),
      unset: LocalizedText(
        en: "none: cost, profit and margin are unknown (null), a warning says so, and `decide` stops",
        ar: "لا شيء: تبقى التكلفة والربح والهامش مجهولة (\(code: "null"))، وينبّه تحذير إلى ذلك، ويتوقف "
          + "\(code: "decide")")),
    Setting(
      "targetRate", flag: "target-rate", .money, \.targetRate,
      meaning: LocalizedText(en: "the effective rate you aim for", ar: "سعر الساعة الفعلي الذي تستهدفه"), unset: .none),
    Setting(
      "capitalRate", flag: "capital-rate",
      .share(per: LocalizedText(en: " a year", ar: " سنويًا"), valueName: .rateValue),
      \.calculation.capitalRate,
      meaning: LocalizedText(
        en: "yearly cost of money, for carrying late receivables",
        ar: "التكلفة السنوية للمال، لحساب كلفة المستحقات المتأخرة")),
    Setting(
      "paymentTermsDays", flag: "payment-terms-days", .wholeDays(0...3650), \.calculation.paymentTermsDays,
      meaning: LocalizedText(
        en: "due date when an invoice has none", ar: "مهلة الاستحقاق حين تخلو الفاتورة من تاريخ استحقاق")),
    Setting(
      "writeOffAfterDays", flag: "write-off-after-days", .wholeDays(0...3650), \.calculation.writeOffAfterDays,
      meaning: LocalizedText(
        en: "an open balance this many days past due is bad debt",
        ar: "الرصيد المستحق المتأخر هذا العدد من الأيام يُعد دينًا معدومًا")),
    Setting(
      "lateDaysThreshold", flag: "late-days-threshold", .quantity(.day, valueName: .daysValue, upTo: 3650),
      \.calculation.lateDaysThreshold,
      meaning: LocalizedText(
        en: "average days late above which a client is a late payer",
        ar: "متوسط أيام التأخير الذي يُعد العميل بعده متأخرًا في الدفع")),
    Setting(
      "nonBillableThreshold", flag: "non-billable-threshold", .share(), \.calculation.nonBillableThreshold,
      meaning: LocalizedText(
        en: "share of non-billable hours above which a client shows scope creep",
        ar: "حصة الساعات غير القابلة للفوترة التي يدل تجاوزها على توسّع النطاق")),
    Setting(
      "windowDays", flag: "window", .wholeDays(1...3650), \.calculation.windowDays,
      meaning: LocalizedText(
        en: "trailing window the decision projects from", ar: "الفترة الأخيرة التي يُبنى عليها القرار")),
    Setting(
      "horizonMonths", flag: "horizon", .quantity(.month, valueName: .monthsValue, upTo: 120),
      \.calculation.horizonMonths,
      meaning: LocalizedText(
        en: "months ahead the decision looks when no contract end is known",
        ar: "الأشهر القادمة التي ينظر فيها القرار حين لا تُعرف نهاية العقد")),
    Setting(
      "maxRateIncrease", flag: "max-rate-increase", .share(upTo: Fraction(2)), \.calculation.maxRateIncrease,
      meaning: LocalizedText(
        en: "the largest rate rise worth proposing before exit", ar: "أكبر زيادة في السعر تستحق الاقتراح قبل المغادرة")),
    Setting(
      "exitCollectionRisk", flag: "exit-collection-risk", .share(), \.calculation.exitCollectionRisk,
      meaning: LocalizedText(
        en: "share of the open balance a fired client may never pay",
        ar: "حصة الرصيد المستحق التي قد لا يسددها عميل أُنهيت العلاقة معه")),
    Setting(
      "minHistoryDays", flag: "min-history-days", .wholeDays(0...3650), \.calculation.minHistoryDays,
      meaning: LocalizedText(
        en: "a client younger than this is too new to judge", ar: "العميل الأحدث من هذه المدة أجدّ من أن يُحكم عليه")),
    Setting(
      "fixDays", flag: "fix-days", .wholeDays(0...3650), \.calculation.fixDays,
      meaning: LocalizedText(
        en: "how long a recorded attempt to fix things gets before exit is advised",
        ar: "المهلة التي تُمنح لمحاولة إصلاح مسجّلة قبل التوصية بالمغادرة")),
    Setting(
      "concentrationThreshold", flag: "concentration-threshold", .share(), \.calculation.concentrationThreshold,
      meaning: LocalizedText(
        en: "share of revenue at or above which a client is a concentration risk",
        ar: "حصة الإيراد التي يُعد العميل عندها أو فوقها خطر تركّز")),
    Setting(
      "people", .people, \.people,
      meaning: LocalizedText(
        en: "per person: costRate (as above; a row's own cost rate in an export wins), aliases (other spellings)",
        ar: "لكل شخص: \(code: "costRate") (كما سبق؛ وتكلفة الساعة المكتوبة في صف التصدير نفسه تتقدّم عليها)، "
          + "و\(code: "aliases") (تهجئات أخرى للاسم)")),
    Setting("aliases", .aliases, \.aliases, meaning: LocalizedText(en: "spelling → client", ar: "تهجئة ← عميل")),
    Setting(
      "clients", .clients, \.clients,
      meaning: LocalizedText(
        en: "per client: \(ClientTermsCatalog.summary)", ar: "لكل عميل: \(ClientTermsCatalog.summary)")),
    Setting(
      "rates", .rates, \.rates,
      meaning: LocalizedText(
        en: "currency → rate into the report currency", ar: "عملة ← سعر تحويلها إلى عملة التقرير")),
    dateOrder,
    timeWithoutClient,
  ]

  /// The setting with this key in `clientworth.json`.
  static func setting(forKey key: String) -> Setting? { byKey[key] }

  private static let byKey = Dictionary(all.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })

  /// `; did you mean "costRate"?` for a mistyped key, else the list of known keys.
  static func suggestion(_ key: String, in keys: [String]) -> LocalizedText {
    if let near = Suggestion.nearest(to: key, in: keys) {
      return LocalizedText(en: "; did you mean \"\(code: near)\"?", ar: "؛ هل تقصد «\(code: near)»؟")
    }
    let known = keys.map { LocalizedText.same("\"\(code: $0)\"") }
    return LocalizedText(en: " (known: \(list: known, .comma))", ar: " (المعروف منها: \(list: known, .comma))")
  }
}

extension LocalizedText {
  /// A setting with no default.
  static let none = LocalizedText(en: "none", ar: "لا شيء")
}
