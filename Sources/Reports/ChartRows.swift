import Localization

/// The rows a chart of one bar or point a client draws: every client up to `maximum`; beyond,
/// the stretches of the chart's order it is read for (its first and last clients, say) and, for
/// each stretch between them, one row saying how many clients it stands for (the table lists
/// them all). A chart of 500 clients would otherwise be over 13,000 pixels tall.
struct ChartRows<Item> {
  /// The items drawn, in order, the place of each among all the items, and its row.
  let shown: [Item]
  let places: [Int]
  private let rows: [Int]
  /// Each row that stands for items left out, and their count.
  let leftOut: [(row: Int, count: Int)]

  /// The most rows a chart draws before it leaves some out.
  static var maximum: Int { 40 }

  /// All of `items` up to `maximum`; beyond, those at the places `kept` says.
  init(_ items: [Item], keeping kept: (Int) -> Bool) {
    let places = items.count > Self.maximum ? items.indices.filter(kept) : Array(items.indices)
    self.init(shown: places.map { items[$0] }, places: places, of: items.count)
  }

  /// All of `items` up to `maximum`; beyond, the first `head` and the last `tail`.
  init(_ items: [Item], head: Int, tail: Int) {
    self.init(items) { $0 < head || $0 >= items.count - tail }
  }

  /// `shown`, chosen by the chart from `count` items, each at its place among them (`places`,
  /// in increasing order).
  init(shown: [Item], places: [Int], of count: Int) {
    var (rows, leftOut, next) = ([Int](), [(row: Int, count: Int)](), 0)
    for place in places {
      if place > next { leftOut.append((rows.count + leftOut.count, place - next)) }
      rows.append(rows.count + leftOut.count)
      next = place + 1
    }
    if next < count { leftOut.append((rows.count + leftOut.count, count - next)) }
    (self.shown, self.places, self.rows, self.leftOut) = (shown, places, rows, leftOut)
  }

  /// `shown`, chosen by the chart, then one row standing for `count` more things (clients whose
  /// several rows are all left out, say); none when `count` is 0.
  init(shown: [Item], thenLeftOut count: Int) {
    self.init(shown: shown, places: Array(shown.indices), of: shown.count + count)
  }

  /// Rows to draw: the items and the rows for those left out.
  var count: Int { shown.count + leftOut.count }

  /// The row of `shown[index]`.
  func row(of index: Int) -> Int { rows[index] }

  /// Draws, centred in each row of items left out, what it says: `⋯ 470 clients in between (see
  /// the table)`.
  func drawLeftOut(
    _ text: (Int) -> LocalizedText, rowMiddle: (Int) -> Double, on canvas: inout SVGCanvas, _ locale: TextLocale
  ) {
    for gap in leftOut {
      canvas.text(
        "⋯ " + locale(text(gap.count)), x: canvas.width / 2, y: rowMiddle(gap.row) + 4.5, anchor: .middle,
        fill: ChartPalette.muted, halo: true)
    }
  }

  /// The row of clients left out between two stretches of a chart's order.
  static func inBetween(_ count: Int) -> LocalizedText {
    LocalizedText(
      en: "\(count: count, .client) in between (see the table)", ar: "\(count: count, .client) بين هؤلاء (انظر الجدول)")
  }
}
