import Domain

/// The currency each client is billed in (spec §5 clientCurrency): the currency of most of its
/// invoices by count, credit notes included, ignored invoices left out; on a tie, or for a client
/// without invoices, the report currency.
///
/// Read from the ledger before it is converted into the report currency, which erases it.
public enum ClientCurrency {
  /// The clients billed in a currency other than `reportCurrency`; the others are absent.
  public static func of(_ ledger: Ledger, reportCurrency: Currency) -> [ClientKey: Currency] {
    var counts: [ClientKey: [Currency: Int]] = [:]
    // By index, reading two fields in place rather than copying each invoice.
    let invoices = ledger.invoices
    for index in invoices.indices where invoices[index].status != .ignored {
      counts[invoices[index].client, default: [:]][invoices[index].amount.currency, default: 0] += 1
    }
    var result: [ClientKey: Currency] = [:]
    for (client, byCurrency) in counts {
      let most = byCurrency.values.max() ?? 0
      let leaders = byCurrency.filter { $0.value == most }.map(\.key)
      if leaders.count == 1, let only = leaders.first, only != reportCurrency { result[client] = only }
    }
    return result
  }
}
