import Analysis
import Domain

/// How big a client is next to the others: a large one is told of an exit in a call or meeting, a
/// small one in writing (spec §5, "choose the channel by the contract's size").
///
/// The rule: a client is large when it is in the top half of the clients by invoiced amount over
/// all the data. Rank the clients' invoiced amounts from highest to lowest; the threshold is the
/// amount at position ⌈n / 2⌉ (1-based), and every client invoiced at least that much, and more
/// than nothing, is large. Ties at the threshold are all large; a lone client is large. Size is
/// relative on purpose: what counts as a big contract depends on the freelancer's own book.
enum ClientSize: String, Sendable, Equatable {
  case large
  case small

  /// The size of each client of `clients` (figures over all the data).
  static func sizes(of clients: [ClientFigures]) -> [ClientKey: ClientSize] {
    let ranked = clients.map(\.figures.invoiced.minorUnits).sorted(by: >)
    guard !ranked.isEmpty else { return [:] }
    let threshold = ranked[(ranked.count - 1) / 2]
    var sizes: [ClientKey: ClientSize] = [:]
    for client in clients {
      let invoiced = client.figures.invoiced.minorUnits
      sizes[client.client] = invoiced > 0 && invoiced >= threshold ? .large : .small
    }
    return sizes
  }
}
