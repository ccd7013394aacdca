/// The nouns ClientWorth counts, in both languages' forms.
extension CountedNoun {
  public static let day = CountedNoun(
    "day", "days", one: "يوم واحد", two: "يومان", twoOblique: "يومين", few: "أيام", many: "يومًا", other: "يوم")
  public static let month = CountedNoun(
    "month", "months", one: "شهر واحد", two: "شهران", twoOblique: "شهرين", few: "أشهر", many: "شهرًا",
    other: "شهر")
  public static let quarter = CountedNoun(
    "quarter", "quarters", one: "ربع سنة واحد", two: "ربعا سنة", twoOblique: "ربعي سنة", few: "أرباع سنة",
    many: "ربع سنة", other: "ربع سنة")
  public static let hour = CountedNoun(
    "hour", "hours", one: "ساعة واحدة", two: "ساعتان", twoOblique: "ساعتين", few: "ساعات", many: "ساعة",
    other: "ساعة")
  public static let client = CountedNoun(
    "client", "clients", one: "عميل واحد", two: "عميلان", twoOblique: "عميلين", few: "عملاء", many: "عميلًا",
    other: "عميل")
  public static let incident = CountedNoun(
    "incident", "incidents", one: "واقعة واحدة", two: "واقعتان", twoOblique: "واقعتين", few: "وقائع",
    many: "واقعة", other: "واقعة")
  public static let moderateIncident = CountedNoun(
    "moderate incident", "moderate incidents", one: "واقعة متوسطة واحدة", two: "واقعتان متوسطتان",
    twoOblique: "واقعتين متوسطتين", few: "وقائع متوسطة", many: "واقعة متوسطة", other: "واقعة متوسطة")
  public static let flag = CountedNoun(
    "flag", "flags", one: "مؤشر واحد", two: "مؤشران", twoOblique: "مؤشرين", few: "مؤشرات", many: "مؤشرًا",
    other: "مؤشر")
  public static let row = CountedNoun(
    "row", "rows", one: "صف واحد", two: "صفان", twoOblique: "صفين", few: "صفوف", many: "صفًا", other: "صف")
  public static let line = CountedNoun(
    "line", "lines", one: "سطر واحد", two: "سطران", twoOblique: "سطرين", few: "أسطر", many: "سطرًا",
    other: "سطر")
  public static let draftLetter = CountedNoun(
    "draft letter", "draft letters", one: "مسودة رسالة واحدة", two: "مسودتا رسالتين",
    twoOblique: "مسودتي رسالتين", few: "مسودات رسائل", many: "مسودة رسالة", other: "مسودة رسالة")
  public static let timeEntry = CountedNoun(
    "time entry", "time entries", one: "قيد وقت واحد", two: "قيدا وقت", twoOblique: "قيدي وقت", few: "قيود وقت",
    many: "قيد وقت", other: "قيد وقت")
  public static let invoice = CountedNoun(
    "invoice", "invoices", one: "فاتورة واحدة", two: "فاتورتان", twoOblique: "فاتورتين", few: "فواتير",
    many: "فاتورة", other: "فاتورة")
  public static let payment = CountedNoun(
    "payment", "payments", one: "دفعة واحدة", two: "دفعتان", twoOblique: "دفعتين", few: "دفعات", many: "دفعة",
    other: "دفعة")
  public static let expense = CountedNoun(
    "expense", "expenses", one: "مصروف واحد", two: "مصروفان", twoOblique: "مصروفين", few: "مصروفات",
    many: "مصروفًا", other: "مصروف")
  public static let column = CountedNoun(
    "column", "columns", one: "عمود واحد", two: "عمودان", twoOblique: "عمودين", few: "أعمدة", many: "عمودًا",
    other: "عمود")
  public static let amount = CountedNoun(
    "amount", "amounts", one: "مبلغ واحد", two: "مبلغان", twoOblique: "مبلغين", few: "مبالغ", many: "مبلغًا",
    other: "مبلغ")
  public static let window = CountedNoun(
    "window", "windows", one: "نافذة واحدة", two: "نافذتان", twoOblique: "نافذتين", few: "نوافذ", many: "نافذة",
    other: "نافذة")
  public static let field = CountedNoun(
    "field", "fields", one: "حقل واحد", two: "حقلان", twoOblique: "حقلين", few: "حقول", many: "حقلًا",
    other: "حقل")
}
