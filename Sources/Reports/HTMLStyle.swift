/// The HTML report's one stylesheet, inlined into the page: system fonts only, nothing fetched.
///
/// On a phone the table scrolls sideways inside its frame and the charts shrink with their
/// `viewBox`; printed, frames open up, cards and charts are not split across pages and the
/// colours are kept.
enum HTMLStyle {
  static let css = """
    :root { color-scheme: light; --ink: #222222; --muted: #5f5f5f; --line: #dddddd; --warn: #b34700;
      --accent: #0072b2; --good: #00785a; --amber: #e69f00; }
    * { box-sizing: border-box; }
    body { margin: 0; color: var(--ink); background: #ffffff; line-height: 1.45;
      font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
    header, main, footer { max-width: 1180px; margin: 0 auto; padding: 0 16px; }
    h1 { font-size: 1.7rem; margin: 24px 0 4px; }
    h2 { font-size: 1.3rem; margin: 36px 0 8px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }
    h3 { font-size: 1.1rem; margin: 0 0 6px; }
    h4 { font-size: .95rem; margin: 12px 0 4px; }
    .details, .note, footer { color: var(--muted); }
    .warning { border-left: 4px solid var(--warn); background: #fff4ec; padding: 8px 12px; }
    .kpis { display: grid; grid-template-columns: repeat(auto-fit, minmax(160px, 1fr)); gap: 12px; margin: 16px 0;
      padding: 0; list-style: none; }
    .kpis li { border: 1px solid var(--line); border-radius: 8px; padding: 10px 12px; }
    .kpis span { display: block; color: var(--muted); font-size: .85rem; }
    .kpis strong { font-size: 1.4rem; font-variant-numeric: tabular-nums; }
    figure { margin: 0; }
    svg.chart { display: block; width: 100%; height: auto; }
    .chart { max-width: 700px; overflow-x: auto; }
    .trends { display: grid; grid-template-columns: repeat(auto-fill, minmax(300px, 1fr)); gap: 16px; }
    .trends figure { border: 1px solid var(--line); border-radius: 8px; padding: 8px 10px; }
    .trends figcaption { font-weight: 600; }
    .trends figcaption span { display: block; font-weight: normal; color: var(--muted); font-size: .9rem; }
    .table-wrap { overflow-x: auto; border: 1px solid var(--line); border-radius: 8px; }
    table { border-collapse: collapse; width: 100%; font-size: .92rem; font-variant-numeric: tabular-nums; }
    th, td { padding: 6px 10px; text-align: left; white-space: nowrap; border-bottom: 1px solid var(--line); }
    thead th { background: #f3f3f3; }
    tbody th { font-weight: 600; }
    .num { text-align: right; }
    td.wrap { white-space: normal; min-width: 14em; }
    tfoot th, tfoot td { border-top: 2px solid var(--ink); border-bottom: none; }
    tr.losing th, .loss { color: var(--warn); }
    .loss { font-weight: 600; }
    .flag { display: inline-block; padding: 0 6px; border: 1px solid #a0a0a0; border-radius: 4px; font-size: .8rem; }
    tr.losing .flag:first-child { border-color: var(--warn); color: var(--warn); font-weight: 600; }
    .cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(340px, 1fr)); gap: 16px; }
    .card { border: 1px solid var(--line); border-left: 6px solid var(--muted); border-radius: 8px; padding: 12px 16px; }
    .card.exit { border-left-color: var(--warn); }
    .card.act { border-left-color: var(--amber); }
    .card.keep { border-left-color: var(--good); }
    .verdict { display: inline-block; margin-left: 6px; padding: 1px 8px; border-radius: 10px; font-size: .8rem;
      font-weight: 600; text-transform: uppercase; letter-spacing: .03em; background: #eeeeee; }
    .exit .verdict { background: var(--warn); color: #ffffff; }
    .act .verdict { background: #fbe3b0; }
    .keep .verdict { background: #d4efe6; }
    .card ul.figures { list-style: none; padding-left: 0; margin: 8px 0; color: var(--muted);
      font-variant-numeric: tabular-nums; }
    .card ul, .card ol { margin: 0; padding-left: 22px; font-size: .92rem; }
    footer { margin-top: 40px; padding-bottom: 24px; font-size: .85rem; }
    @media (max-width: 600px) {
      h1 { font-size: 1.35rem; }
      .chart svg.chart { min-width: 460px; }
      .cards { grid-template-columns: 1fr; }
    }
    @media print {
      body { font-size: 9.5pt; }
      header, main, footer { max-width: none; padding: 0; }
      * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      .table-wrap, .chart { overflow: visible; border: none; }
      .chart svg.chart { min-width: 0; }
      th, td { padding: 2px 4px; white-space: normal; }
      h2 { break-after: avoid; }
      figure, .card, .kpis, tr { break-inside: avoid; }
      .trends { grid-template-columns: repeat(3, 1fr); gap: 8px; }
      .cards { grid-template-columns: repeat(2, 1fr); gap: 8px; }
    }
    """
}
