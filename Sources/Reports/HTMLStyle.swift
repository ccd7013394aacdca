import Localization

/// The HTML report's one stylesheet, inlined into the page: system fonts only, nothing fetched.
///
/// Sides are logical (`start`, `end`, `inline-start`), so one stylesheet lays a page out left to
/// right in English and right to left in Arabic; the Arabic page takes an Arabic font stack and
/// drops the letter spacing that would break its joined letters.
///
/// The page reads from a phone (390 px) to a desktop (1280 px and wider): the charts scale with
/// their column (`viewBox`) and sit side by side where there is room; a figures table is a table
/// where its columns fit (1240 px and wider) and a card per row below that, its cells labelled by
/// their column and ordered by the column's priority (`TextTable+HTML.swift`). Printed, every
/// table is a table, cards and charts are not split across pages and the colours are kept.
enum HTMLStyle {
  /// The stylesheet of a page in `locale`.
  static func css(_ locale: TextLocale) -> String {
    var css = base.replacingOccurrences(of: "FONTS", with: locale.isRightToLeft ? arabicFonts : latinFonts)
    if locale.isRightToLeft {
      css = css.replacingOccurrences(of: " text-transform: uppercase; letter-spacing: .03em;", with: "")
    }
    if locale.digits == .arabic { css += "\nol { list-style-type: arabic-indic; }" }
    return css
  }

  static let latinFonts = "system-ui, -apple-system, \"Segoe UI\", Roboto, \"Helvetica Neue\", Arial, sans-serif"
  /// Noto on Linux and Android, Segoe UI and Tahoma on Windows, Geeza Pro on Apple's systems.
  static let arabicFonts =
    "\"Noto Sans Arabic\", \"Noto Naskh Arabic\", \"Segoe UI\", Tahoma, \"Geeza Pro\", system-ui, sans-serif"

  private static let base = """
    :root { color-scheme: light; --ink: #222222; --muted: #5f5f5f; --line: #dddddd; --warn: #b34700;
      --accent: #0072b2; --good: #00785a; --amber: #e69f00; }
    * { box-sizing: border-box; }
    body { margin: 0; color: var(--ink); background: #ffffff; line-height: 1.45;
      font-family: FONTS; }
    header, main, footer { max-width: 1280px; margin: 0 auto; padding: 0 16px; }
    h1 { font-size: 1.7rem; margin: 24px 0 4px; }
    h2 { font-size: 1.3rem; margin: 36px 0 8px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }
    h3 { font-size: 1.1rem; margin: 0 0 6px; }
    h4 { font-size: .95rem; margin: 12px 0 4px; }
    .details, .note, footer { color: var(--muted); }
    .note { font-size: .9rem; margin: 8px 0; }
    .warning { border-inline-start: 4px solid var(--warn); background: #fff4ec; padding: 8px 12px; }
    .kpis { display: grid; grid-template-columns: repeat(auto-fit, minmax(160px, 1fr)); gap: 12px; margin: 16px 0;
      padding: 0; list-style: none; }
    .kpis li { border: 1px solid var(--line); border-radius: 8px; padding: 10px 12px; }
    .kpis span { display: block; color: var(--muted); font-size: .85rem; }
    .kpis strong { font-size: 1.4rem; font-variant-numeric: tabular-nums; }
    figure { margin: 0; }
    svg.chart { display: block; width: 100%; height: auto; }
    .chart-grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(330px, 1fr)); gap: 0 32px;
      align-items: start; }
    .chart-grid .chart { max-width: 560px; }
    .trends { display: grid; grid-template-columns: repeat(auto-fill, minmax(300px, 1fr)); gap: 16px; }
    .trends figure { border: 1px solid var(--line); border-radius: 8px; padding: 8px 10px; }
    .trends figcaption { font-weight: 600; }
    .trends figcaption span { display: block; font-weight: normal; color: var(--muted); font-size: .9rem; }
    .table-wrap { overflow-x: auto; border: 1px solid var(--line); border-radius: 8px; }
    table { border-collapse: collapse; width: 100%; font-size: .92rem; font-variant-numeric: tabular-nums; }
    th, td { padding: 6px; text-align: start; white-space: nowrap; border-bottom: 1px solid var(--line); }
    thead th { background: #f3f3f3; white-space: normal; vertical-align: bottom; }
    tbody th { font-weight: 600; white-space: normal; min-width: 7em; }
    .num { text-align: end; }
    td.flags { white-space: normal; width: 12em; min-width: 12em; }
    tfoot th, tfoot td { border-top: 2px solid var(--ink); border-bottom: none; }
    tr.losing th, .loss { color: var(--warn); }
    .loss { font-weight: 600; }
    .mark { color: var(--muted); }
    .date, .amount { white-space: nowrap; }
    .flag { display: inline-block; margin: 1px 0; padding: 0 6px; border: 1px solid #a0a0a0; border-radius: 4px;
      font-size: .8rem; white-space: nowrap; }
    tr.losing .flag:first-child { border-color: var(--warn); color: var(--warn); font-weight: 600; }
    .cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(340px, 1fr)); gap: 16px; }
    .card { border: 1px solid var(--line); border-inline-start: 6px solid var(--muted); border-radius: 8px;
      padding: 12px 16px; }
    .card.exit { border-inline-start-color: var(--warn); }
    .card.act { border-inline-start-color: var(--amber); }
    .card.keep { border-inline-start-color: var(--good); }
    .verdict { display: inline-block; margin-inline-start: 6px; padding: 1px 8px; border-radius: 10px; font-size: .8rem;
      font-weight: 600; text-transform: uppercase; letter-spacing: .03em; background: #eeeeee; }
    .exit .verdict { background: var(--warn); color: #ffffff; }
    .act .verdict { background: #fbe3b0; }
    .keep .verdict { background: #d4efe6; }
    .card ul.figures { list-style: none; padding-inline-start: 0; margin: 8px 0; color: var(--muted);
      font-variant-numeric: tabular-nums; }
    .card ul, .card ol { margin: 0; padding-inline-start: 22px; font-size: .92rem; }
    th a, .card a, .explanation a { color: inherit; text-decoration-thickness: 1px; text-underline-offset: 2px; }
    .card p.sensitivity { font-size: .92rem; }
    .card p.why { margin-bottom: 0; font-size: .92rem; }
    .explanation { margin-top: 28px; padding-top: 4px; border-top: 1px solid var(--line); }
    .explanation ul.formulas { padding-inline-start: 20px; font-size: .92rem; font-variant-numeric: tabular-nums; }
    .explanation ul.formulas li { margin: 2px 0; }
    .explanation h5 { margin: 16px 0 6px; font-size: .95rem; }
    .table-wrap.scrolls { overflow-x: auto; border: 1px solid var(--line); }
    footer { margin-top: 40px; padding-bottom: 24px; font-size: .85rem; }
    @media screen and (max-width: 1239px) {
      .table-wrap { overflow: visible; border: none; }
      table.fit, table.fit tbody, table.fit tfoot { display: block; }
      table.fit thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
      table.fit tbody { display: grid; grid-template-columns: repeat(auto-fill, minmax(280px, 1fr)); gap: 12px; }
      table.fit tfoot { margin-top: 12px; }
      table.fit tr { display: grid; grid-template-columns: 1fr 1fr; align-content: start; gap: 2px 20px;
        border: 1px solid var(--line);
        border-radius: 8px; padding: 8px 12px; }
      table.fit tfoot tr { border: 2px solid var(--ink); }
      table.fit th, table.fit td { display: flex; justify-content: space-between; gap: 8px; padding: 2px 0;
        border: none; white-space: normal; }
      table.fit th[scope="row"] { grid-column: 1 / -1; order: -1; font-size: 1.05rem; }
      table.fit td::before { content: attr(data-label); color: var(--muted); font-weight: normal; }
      table.fit td:not(.num) { grid-column: 1 / -1; }
      table.fit td.flags { justify-content: flex-start; flex-wrap: wrap; }
      table.fit td:empty { display: none; }
      table.fit .p1 { order: 1; } table.fit .p2 { order: 2; } table.fit .p3 { order: 3; }
      table.fit .p4 { order: 4; } table.fit .p5 { order: 5; } table.fit .p6 { order: 6; }
      table.fit .p7 { order: 7; } table.fit .p8 { order: 8; } table.fit .p9 { order: 9; }
    }
    @media (max-width: 600px) {
      h1 { font-size: 1.35rem; }
      .cards { grid-template-columns: 1fr; }
    }
    @media print {
      body { font-size: 9.5pt; }
      header, main, footer { max-width: none; padding: 0; }
      * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      .table-wrap { overflow: visible; border: none; }
      th, td { padding: 2px 4px; white-space: normal; }
      h2 { break-after: avoid; }
      figure, .card, .kpis, tr { break-inside: avoid; }
      .trends { grid-template-columns: repeat(3, 1fr); gap: 8px; }
      .cards { grid-template-columns: repeat(2, 1fr); gap: 8px; }
    }
    """
}
