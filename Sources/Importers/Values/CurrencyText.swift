import Domain

/// Reads a currency cell as exports write it: an ISO code in any case (`USD`, Stripe's `usd`),
/// or Harvest's long label `United States Dollar - USD` whose code follows the last ` - `
/// (FORMATS.md §2 and §5: Harvest time, invoice and payment exports).
enum CurrencyText {
  static func currency(_ text: String) -> Currency? {
    let trimmed = text.trimmedCell()
    if let currency = Currency(code: trimmed) { return currency }
    let parts = trimmed.split(separator: " - ", omittingEmptySubsequences: false)
    guard parts.count > 1, let code = parts.last else { return nil }
    return Currency(code: String(code))
  }
}
