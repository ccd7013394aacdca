import Analysis
import Domain

/// The trailing window W = [asOf − windowDays + 1, asOf] the decision projects from (spec §5).
enum TrailingWindow {
  /// 0001-01-01, the earliest day a date can name: a window reaching further back holds nothing more.
  static let earliestDay = Day(year: 1, month: 1, day: 1) ?? Day(daysSinceEpoch: -719_162)

  /// W's first day, so that W holds exactly `windowDays` days ending on `asOf`; never before
  /// 0001-01-01, so a huge `--window` cannot overflow the day count.
  static func start(asOf: Day, windowDays: Int) -> Day {
    let first = Int(asOf.daysSinceEpoch) - windowDays + 1
    return Day(daysSinceEpoch: Int32(max(first, Int(earliestDay.daysSinceEpoch))))
  }

  /// `settings` over the window of `windowDays` that ends on `end`, still judged as of `asOf`: an
  /// earlier window of the decision, seen with everything known by as-of.
  static func settings(_ settings: Settings, asOf: Day, end: Day) -> Settings {
    var window = settings
    window.asOf = asOf
    window.to = end
    window.from = start(asOf: end, windowDays: settings.windowDays)
    return window
  }

  /// Walks back from W, for each of `clients`, over the windows ending asOf − d for each d of
  /// `batches` in turn (days back, increasing; each window judged as of `asOf`, none ending before
  /// `earliest`), handing `visit` the client, the window's last day and the client's figures there
  /// (nil: nothing of it in that window); a client leaves the walk when `visit` answers false. A
  /// batch reads only the time of the clients still walking (`FigureCalculator.figures(of:)`), so
  /// a walk that ends early costs little.
  static func walkBack(
    _ clients: Set<ClientKey>, batches: [[Int]], earliest: Day? = nil, ledger: Ledger,
    settings: Settings, asOf: Day, book: InvoiceBook, visit: (ClientKey, Day, Figures?) -> Bool
  ) {
    var walking = clients
    for batch in batches where !walking.isEmpty {
      let ends = batch.map { asOf - $0 }.filter { end in earliest.map { end >= $0 } ?? true }
      guard !ends.isEmpty else { return }
      let windows = ends.map { self.settings(settings, asOf: asOf, end: $0) }
      let figures = FigureCalculator.figures(of: walking, ledger: ledger, settings: windows, book: book)
      for (end, byClient) in zip(ends, figures) {
        for client in walking where !visit(client, end, byClient[client]) { walking.remove(client) }
      }
    }
  }
}
