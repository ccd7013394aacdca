import Localization

/// Keeps a native format from swallowing another tool's export (spec §1): a header that fits a
/// native format but carries columns of a known export, or several columns no native file has,
/// is refused, naming the tool it most likely comes from. (Invoice Ninja's payments export has
/// date, client and amount columns: it passed for native expenses, every payment a cost.)
enum NativeGuard {
  /// More columns than this that the native format does not read make a header an export.
  static let unknownColumnsAllowed = 2

  /// Throws when `recognized`, a native format, is probably another tool's export.
  static func check(_ recognized: RecognizedFormat, names: [HeaderName], file: String) throws(ImportError) {
    let used = Set(recognized.columns.values)
    let unknown = names.indices.filter { !used.contains($0) && !names[$0].normalized.isEmpty }
    guard !unknown.isEmpty else { return }
    let signed = unknown.filter { index in signatures.contains { $0.columns.contains(names[index].normalized) } }
    guard !signed.isEmpty || unknown.count > unknownColumnsAllowed else { return }
    let tool = likelyTool(names: unknown.map { names[$0] })
    let shown = (signed.isEmpty ? unknown : signed).prefix(6).map {
      LocalizedText.same("'\(code: recognized.header[$0])'")
    }
    throw ImportError(
      file: file, line: 1, column: nil,
      text: .notNative(recognized.format.name, columns: shown, signed: !signed.isEmpty, tool: tool),
      unknownFormat: true)
  }

  /// The export whose distinctive columns the names share most, if any: an export ClientWorth does
  /// not read first (it says why), then a supported one.
  static func likelyTool(names: [HeaderName]) -> String? {
    let normalized = Set(names.map(\.normalized))
    let shared = namingSignatures.map { ($0.tool, $0.columns.intersection(normalized).count) }
    let unsupportedCount = unsupported.count
    let unsupportedBest = shared.suffix(unsupportedCount).max { $0.1 < $1.1 }
    if let best = unsupportedBest, best.1 > 0 { return best.0 }
    let best = shared.dropLast(unsupportedCount).max { $0.1 < $1.1 }
    return best.flatMap { $0.1 > 0 ? $0.0 : nil }
  }

  /// A tool's export and the columns only it has (normalised as header cells are).
  struct Signature: Sendable {
    let tool: String
    let columns: Set<String>
  }

  /// Each supported tool format's columns that no native format has and that are not plain words
  /// any spreadsheet may hold, then exports ClientWorth does not read, by their own columns.
  static let signatures: [Signature] = {
    let native = Set(NativeFormats.all.flatMap(\.columns).flatMap(\.wanted).map(\.normalized))
    let tools = ToolFormats.all.map { format in
      Signature(
        tool: "a \(format.name) export",
        columns: Set(
          format.columns.flatMap(\.wanted).filter { !$0.anyInParentheses }.map(\.normalized)
            .filter { !native.contains($0) && !plainWords.contains($0) }))
    }
    return tools
      + unsupported.map { Signature(tool: $0.tool, columns: Set($0.columns.map { HeaderName($0).normalized })) }
  }()

  /// `signatures` without the columns two supported tools share, or two unsupported exports: such a
  /// column (`Invoice Number`, `Start Time`, `Payment Type`) still marks a header as an export, but names
  /// neither (a TMetric export was named a Toggl one for its start and end times, an Invoice Ninja v4
  /// one QuickBooks for its invoice number, an Upwork contract report Invoice Ninja's payments for its
  /// payment type).
  static let namingSignatures: [Signature] = {
    // Within each group: an unsupported export's own columns name it whatever supported tool has them.
    func ownColumns(_ group: ArraySlice<Signature>) -> [Signature] {
      let counts = group.flatMap(\.columns).reduce(into: [String: Int]()) { $0[$1, default: 0] += 1 }
      return group.map { Signature(tool: $0.tool, columns: $0.columns.filter { counts[$0] == 1 }) }
    }
    return ownColumns(signatures.dropLast(unsupported.count)) + ownColumns(signatures.suffix(unsupported.count))
  }()

  /// Column names too common to tell one export from a hand-made file.
  static let plainWords: Set<String> = [
    "name", "user", "task", "project", "status", "type", "notes", "note", "total", "balance", "email", "id",
    "customer", "number", "category", "tags", "activity", "description", "fee", "gross", "net", "time", "hours",
  ]

  /// Exports ClientWorth does not read, by columns of their own (FORMATS.md, FORMATS-20.md).
  static let unsupported: [(tool: String, columns: [String])] = [
    (
      "an Invoice Ninja payments export",
      ["Transaction Reference", "Payment Method", "Payment Type", "Payment Number", "Payment Refunded"]
    ),
    (
      "a Stripe balance, payouts or fees export",
      ["balance_transaction_id", "reporting_category", "Available On (UTC)", "Arrival Date (UTC)", "Application ID"]
    ),
    (
      "a PayPal export in another language",
      ["Brutto", "Gebühr", "Netto", "Avant commission", "Bruto", "Comisión", "Neto"]
    ),
    (
      "a Clockify export in another language (export it again with Clockify set to English)",
      ["Duração (h)", "Duração (decimal)", "Data de início", "Hora de início", "Hora de término"]
    ),
    ("a Kimai export in another language (export it again with Kimai set to English)", ["Esportate"]),
    ("a Wave accounting export", ["Transaction ID", "Account Name", "Account Type", "Account Group"]),
    ("an Upwork report", ["Ref ID", "Payment type", "Freelancer"]),
    ("a TMetric export", ["Time Entry", "Work Type", "Billable Currency"]),
    (
      "an Invoice Ninja v4 export (export the invoices again from Invoice Ninja v5)",
      ["Partial/Deposit", "Partial Due Date", "Item Product", "Item Cost"]
    ),
    (
      "a Toggl or Clockify summary report, which has no dates (export the detailed report, or group the "
        + "summary by date)", ["Time (h)", "Billable duration", "Amount USD"]
    ),
  ]
}

extension LocalizedText {
  fileprivate static func notNative(_ format: String, columns: [LocalizedText], signed: Bool, tool: String?)
    -> LocalizedText
  {
    let what =
      signed
      ? LocalizedText(
        en: "it has columns of another export (\(list: columns, .comma))",
        ar: "فيها أعمدة من ملف تصدير آخر (\(list: columns, .comma))")
      : LocalizedText(
        en: "it has columns no native file has (\(list: columns, .comma))",
        ar: "فيها أعمدة ليست في أي ملف أصلي (\(list: columns, .comma))")
    let likely =
      tool.map { LocalizedText(en: "; it looks like \(code: $0)", ar: "، ويبدو أنها \(code: $0)") } ?? .empty
    return LocalizedText(
      en: "the header fits \(code: format), but \(what)\(likely): it is not read as \(code: format) "
        + "(rename or remove those columns if the file is your own)",
      ar: "الترويسة توافق صيغة \(code: format)، لكن \(what)\(likely): فلا يُقرأ الملف بتلك الصيغة "
        + "(غيّر أسماء تلك الأعمدة أو احذفها إن كان الملف من صنعك)")
  }
}
