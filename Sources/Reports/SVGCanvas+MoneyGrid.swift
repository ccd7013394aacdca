import Domain
import Localization

extension SVGCanvas {
  /// The vertical grid of a horizontal bar chart of money: a faint line at each of `scale`'s
  /// ticks from `top` − 4 to `bottom`, its amount under it.
  mutating func moneyGrid(
    _ scale: ChartScale, top: Double, bottom: Double, currency: Currency, _ locale: TextLocale
  ) {
    for tick in scale.ticks {
      let x = scale.position(tick)
      line(x1: x, y1: top - 4, x2: x, y2: bottom, stroke: ChartPalette.grid)
      text(
        ChartLabels.money(tick: tick, currency, locale), x: x, y: bottom + 18, anchor: .middle,
        fill: ChartPalette.muted)
    }
  }
}
