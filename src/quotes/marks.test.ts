// Sentences from the PolNeAR train split.
import { describe, expect, it } from 'vitest';
import { findQuotedSpans, quoteMarksOf } from './marks.js';
import { paragraphs } from './sentences.js';

const spansOf = (text: string) => findQuotedSpans(text, paragraphs(text)).map((s) => text.slice(s.start, s.end));

describe('findQuotedSpans', () => {
  it('reads NYT double apostrophes as quotation marks', () => {
    const t = "''People turn to Facebook to check on loved ones and get updates,'' Ms. White said.";
    expect(spansOf(t)).toEqual(["''People turn to Facebook to check on loved ones and get updates,''"]);
  });

  it('pairs straight double quotes by position', () => {
    const t = 'Htay Oo, its acting chairman, told the Reuters news agency simply, "We lost." T-shirts quickly appeared in front of NLD headquarters that said "We won."';
    expect(spansOf(t)).toEqual(['"We lost."', '"We won."']);
  });

  it('opens a straight quote typed with no space after the sentence before, and still closes one there', () => {
    // pubdates 094, and a PolNeAR-style closing after a full stop.
    const typo = '"Das hatten wir nicht einmal vor der Krise", so der CEO."Die Branche ist ausverkauft für die nächsten Jahre."';
    expect(spansOf(typo)).toEqual(['"Das hatten wir nicht einmal vor der Krise"', '"Die Branche ist ausverkauft für die nächsten Jahre."']);
    expect(spansOf('He said, "We lost."The party conceded.')).toEqual(['"We lost."']);
    // Not where the marks left in the paragraph would pair otherwise.
    expect(spansOf('Das Wort"Zeitenwende."Dann kam "alles" anders.')).toEqual(['"alles"']);
  });

  it('keeps apostrophes and nested single quotes inside curly quotes', () => {
    const t = '“I had my hands thrown up, sort of, ‘Don’t hit me, please,’” Nicklaus said Sunday.';
    expect(spansOf(t)).toEqual(['“I had my hands thrown up, sort of, ‘Don’t hit me, please,’”']);
  });

  it('runs a quote over paragraphs that re-open without closing', () => {
    const t =
      '"The deportation centers are absolutely disrespectable," he said. "They separate the women and the children.\n\n"This is still my family even though we are not blood-related," he said.';
    const spans = findQuotedSpans(t, paragraphs(t));
    expect(spans).toHaveLength(2);
    expect(spans[1]!.multiParagraph).toBe(true);
    expect(t.slice(spans[1]!.start, spans[1]!.end)).toBe('"They separate the women and the children.\n\n"This is still my family even though we are not blood-related,"');
  });

  it('runs a quote over a paragraph break when the next paragraph only closes it', () => {
    // pubdates 285 (German): the writer broke the paragraph inside the quote and did not re-open it.
    const t = 'Der Verein stiftete den Stein. „Lesbische Frauen werden oft unsichtbar gemacht.\n\nMit der Wahl bekommt eine Lesbe Sichtbarkeit“, so Alexandra Sackmann.';
    const spans = findQuotedSpans(t, paragraphs(t), quoteMarksOf(t, 'de'));
    expect(spans).toMatchObject([{ closed: true, multiParagraph: true }]);
    expect(t.slice(spans[0]!.start, spans[0]!.end)).toBe('„Lesbische Frauen werden oft unsichtbar gemacht.\n\nMit der Wahl bekommt eine Lesbe Sichtbarkeit“');
    // Counter-example: the next paragraph opens a quote of its own first.
    const reopened = 'Er sagte: „Wir sind bereit.\n\nSie sagte: „Wir auch.“';
    expect(findQuotedSpans(reopened, paragraphs(reopened), quoteMarksOf(reopened, 'de')).map((s) => s.closed)).toEqual([false, true]);
  });

  it('opens an English “…” on a German page that also writes „…“', () => {
    // pubdates 060: the page quotes a Spanish source in English marks.
    const t = 'Sie sagte: „Wir gehen.“ Entonces dijo: “vamooos, vamooos. Hay que llevar estos celulares”. Dann ging er.';
    const spans = findQuotedSpans(t, paragraphs(t), quoteMarksOf(t, 'de'));
    expect(spans.map((s) => t.slice(s.start, s.end))).toEqual(['„Wir gehen.“', '“vamooos, vamooos. Hay que llevar estos celulares”']);
    // Counter-example: the “ that closes a German quote, after a letter, opens nothing.
    const closing = 'Er sagte „Nein“ und ging. Sie blieb.';
    expect(findQuotedSpans(closing, paragraphs(closing), quoteMarksOf(closing, 'de')).map((s) => closing.slice(s.start, s.end))).toEqual(['„Nein“']);
  });

  it('reads a quote within a French or German quote, written with the same marks or others, as part of it', () => {
    const spansIn = (t: string, language: string) => findQuotedSpans(t, paragraphs(t), quoteMarksOf(t, language)).map((s) => t.slice(s.start, s.end));
    // pubdates 048: the outer quote ends at its own closing mark, after the two inner ones.
    const french = '“A la manière d’un Donald Trump, les “gilets jaunes” se nourrissent de “faits alternatifs” qui renforcent leur détermination.” Roman Bornstein, journaliste';
    expect(spansIn(french, 'fr')).toEqual(['“A la manière d’un Donald Trump, les “gilets jaunes” se nourrissent de “faits alternatifs” qui renforcent leur détermination.”']);
    expect(spansIn('« Il parle d’une « omerta » dans la presse », dit-il.', 'fr')).toEqual(['« Il parle d’une « omerta » dans la presse »']);
    expect(spansIn('Er sagte: „Das nennen sie „Brückenstrompreis“, aber es hilft nicht.“ Dann ging er.', 'de')).toEqual(['„Das nennen sie „Brückenstrompreis“, aber es hilft nicht.“']);
    // Counter-example: a closing mark left out (pubdates 347); the first closing mark ends the quote.
    const unclosed = 'Elle demande des « financements récurrents […] des « appels à projets court-termistes », du temps et une suppression de « la séparation entre des managers et des chercheurs ».';
    expect(spansIn(unclosed, 'fr')).toEqual(['« financements récurrents […] des « appels à projets court-termistes »', '« la séparation entre des managers et des chercheurs »']);
    // Counter-example: English pages do not nest double marks; a second “ there more often means a closing mark left out.
    expect(spansOf('“We are ready, “he said” and left.”')).toEqual(['“We are ready, “he said”']);
  });

  it('accepts a closing mark typed as an opening one', () => {
    const t = '"Never, ever, ever underestimate Trump. No one should do that,” Reid said in a telephone interview on Wednesday.';
    expect(spansOf(t)).toEqual(['"Never, ever, ever underestimate Trump. No one should do that,”']);
  });

  it('finds top-level single quotes in headlines', () => {
    expect(spansOf('Sanders declares ‘revolution,’ and more.')).toEqual(['‘revolution,’']);
  });
});
