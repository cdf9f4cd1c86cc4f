// The reading view's stylesheet, adopted by its shadow root: the page's CSS
// cannot reach inside, and this reaches nothing outside. Themes are sets of
// custom properties; colours are chosen for a 4.5:1 contrast at least (axe-core
// checks them in the E2E tests). The marks look as on the page (content.css),
// in the speaker's colour (src/highlight/palette.ts), given in --whosaid-colour.

const THEME_COLOURS = {
  light: '--bg: #ffffff; --fg: #1d2430; --muted: #4f5866; --panel: #f3f5f8; --border: #c9d0d9; --link: #0b57d0; --focus: #0b57d0; --accent: #0d2c54; --on-accent: #ffffff;',
  sepia: '--bg: #f4ecd8; --fg: #3b2f22; --muted: #5c4a36; --panel: #ebe0c6; --border: #c9b994; --link: #7a3b00; --focus: #7a3b00; --accent: #5b4636; --on-accent: #fbf6ea;',
  dark: '--bg: #16191f; --fg: #e8ebf0; --muted: #b2b9c4; --panel: #222730; --border: #3a414d; --link: #8ab4f8; --focus: #8ab4f8; --accent: #8ab4f8; --on-accent: #16191f;',
} as const;

export const READER_CSS = `
:host {
  all: initial !important; position: fixed !important; inset: 0 !important; z-index: 2147483647 !important;
  display: block !important; contain: strict;
}
.view { ${THEME_COLOURS.light} position: absolute; inset: 0; display: flex; flex-direction: column; background: var(--bg); color: var(--fg);
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color-scheme: light; }
.view[data-theme="sepia"] { ${THEME_COLOURS.sepia} }
.view[data-theme="dark"] { ${THEME_COLOURS.dark} color-scheme: dark; }
@media (prefers-color-scheme: dark) { .view[data-theme="auto"] { ${THEME_COLOURS.dark} color-scheme: dark; } }
.toolbar { display: flex; flex-wrap: wrap; gap: 6px 10px; align-items: center; padding: 6px 12px; border-bottom: 1px solid var(--border); background: var(--panel); }
.toolbar .brand { font-weight: 600; margin-inline-end: auto; }
.toolbar button, .toolbar select { font: inherit; font-size: 14px; color: var(--fg); background: var(--bg); border: 1px solid var(--border); border-radius: 4px; padding: 3px 8px; cursor: pointer; }
.toolbar label { font-size: 14px; display: inline-flex; gap: 4px; align-items: center; }
.toolbar .close { background: var(--accent); color: var(--on-accent); border-color: var(--accent); }
.drawer-toggle { display: none; }
.main { flex: 1; display: flex; min-height: 0; }
.scroller { flex: 1; overflow: auto; overscroll-behavior: contain; }
.scroller:focus { outline: none; }
article { max-width: var(--measure, 40em); margin: 0 auto; padding: 24px 20px 64px; font-size: var(--size, 20px); line-height: 1.6; }
.view[data-typeface="serif"] article { font-family: Charter, "Bitstream Charter", "Sitka Text", Cambria, Georgia, "DejaVu Serif", serif; }
.view[data-typeface="sans"] article { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; }
article h1 { font-size: 1.7em; line-height: 1.2; margin: 0 0 0.4em; }
article h2 { font-size: 1.3em; } article h3 { font-size: 1.15em; } article h4, article h5, article h6 { font-size: 1em; }
.byline, .meta { color: var(--muted); font-size: 0.85em; margin: 0.2em 0; }
.story p, .story li, .story pre { margin: 0 0 1em; white-space: pre-line; overflow-wrap: break-word; }
.story pre { white-space: pre-wrap; font-size: 0.85em; }
.story blockquote { margin: 0 0 1em; padding-inline-start: 1em; border-inline-start: 4px solid var(--border); }
.story figure { margin: 0 0 1em; }
.story img { display: block; max-width: 100%; height: auto; }
.story figcaption, .story p.caption { color: var(--muted); font-size: 0.8em; }
.story a { color: var(--link); }
.panel { width: 320px; overflow: auto; overscroll-behavior: contain; border-inline-start: 1px solid var(--border); background: var(--panel); padding: 8px 14px; font-size: 15px; }
.panel h2 { font-size: 13px; text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted); margin: 14px 0 6px; }
.panel ul, .panel ol { list-style: none; margin: 0; padding: 0; }
.card { background: var(--bg); border-inline-start: 4px solid rgb(var(--whosaid-colour)); border-radius: 6px; padding: 6px 10px; margin-bottom: 8px; }
.card h3 { font-size: 15px; margin: 0; }
.card .role, .panel .empty { color: var(--muted); margin: 2px 0; font-size: 14px; }
.panel button { display: block; width: 100%; text-align: start; font: inherit; font-size: 14px; color: var(--fg); background: none; border: 0; border-radius: 4px; padding: 4px 2px; cursor: pointer; }
.panel button:hover { background: rgba(127, 127, 127, 0.15); }
.panel .when { display: block; font-weight: 600; }
.panel .claim { display: block; }
.timeline li { border-inline-start: 2px solid var(--border); padding-inline-start: 8px; }
.print-only { display: none; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
@media (max-width: 899px) {
  .drawer-toggle { display: inline-block; }
  .panel { position: absolute; inset-block: 0; inset-inline-end: 0; width: min(340px, 90%); display: none; box-shadow: 0 0 12px rgba(0, 0, 0, 0.35); }
  .view[data-drawer="open"] .panel { display: block; }
}
whosaid-quote, whosaid-speaker, whosaid-date { font: inherit; color: inherit; }
whosaid-quote { --whosaid-colour: 153, 153, 153; background-color: rgba(var(--whosaid-colour), 0.22); box-shadow: inset 0 -2px rgba(var(--whosaid-colour), 0.9); border-radius: 2px; }
whosaid-speaker { text-decoration: underline 2px rgb(var(--whosaid-colour)); text-underline-offset: 3px; }
whosaid-date { text-decoration: underline dotted 1.5px currentColor; text-underline-offset: 3px; cursor: help; }
whosaid-quote[data-whosaid-flash], whosaid-date[data-whosaid-flash] { outline: 3px solid rgb(var(--whosaid-colour, 0, 114, 178)); outline-offset: 2px; }
whosaid-quote:focus-visible, whosaid-date:focus-visible { outline: 2px solid rgb(var(--whosaid-colour, 0, 114, 178)); outline-offset: 2px; }
whosaid-tooltip { position: fixed; z-index: 1; display: block; max-width: min(360px, calc(100vw - 12px)); box-sizing: border-box; padding: 4px 8px;
  border-radius: 4px; background: #1d2430; color: #ffffff; border: 1px solid #5b6472; font: 13px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif;
  overflow-wrap: anywhere; pointer-events: none; }
@media print {
  :host { position: static !important; contain: none; }
  .view { position: static; display: block; background: #ffffff; color: #000000; }
  .toolbar, .panel, whosaid-tooltip { display: none !important; }
  .main, .scroller { display: block; overflow: visible; }
  article { max-width: none; padding: 0; }
  .print-only { display: block; }
  whosaid-quote { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
