// The reading view's pure parts on jsdom: the outline of a body, its pieces,
// the preferences, and the article built from them.

import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractText } from '../page/text.js';
import { runSteps } from '../steps.js';
import type { Analysis } from '../types.js';
import { buildArticleSteps } from './article.js';
import { articleDirection, readerBlockSteps, type ReaderBlock, type TextBlock } from './blocks.js';
import { annotationSpans, piecesOf } from './pieces.js';
import { readPreferences, stepFontSize, DEFAULT_PREFERENCES } from './preferences.js';

const BODY = `<article id="story">
  <h2>A heading</h2>
  <p>First <a href="https://example.com/a">linked words</a> and <a href="javascript:alert(1)">a script link</a>.</p>
  <ul><li>one</li><li>two</li></ul>
  <blockquote><p>Quoted paragraph.</p></blockquote>
  <figure><img src="https://example.com/photo.jpg" alt="A photo" width="640" height="480"><figcaption>The caption.</figcaption></figure>
  <p>Line one<br><br>Line two</p>
  <ol><li>first</li></ol>
</article>`;

function outline(html: string, direction = '') {
  const { document, } = new JSDOM(`<!DOCTYPE html><html${direction}><body>${html}</body></html>`, { url: 'https://example.com/story' }).window;
  const root = document.getElementById('story')!;
  const text = extractText([root], () => false, (element) => element.tagName === 'FIGCAPTION');
  const blocks = runSteps(readerBlockSteps(text, [root], [...root.querySelectorAll('img')]));
  return { document, root, text, blocks };
}

const textOf = (text: string, block: ReaderBlock) => (block.kind === 'image' ? `[image ${block.alt}]` : text.slice(block.start, block.end));

describe('the reading view’s outline', () => {
  it('keeps headings, paragraphs, lists, blockquotes, images and captions in order, and only safe links', () => {
    const { text, blocks } = outline(BODY);
    expect(blocks.map((block) => [block.kind, textOf(text.text, block)])).toEqual([
      ['heading', 'A heading'],
      ['paragraph', 'First linked words and a script link.'],
      ['item', 'one'],
      ['item', 'two'],
      ['paragraph', 'Quoted paragraph.'],
      ['image', '[image A photo]'],
      ['caption', 'The caption.'],
      ['paragraph', 'Line one'],
      ['paragraph', 'Line two'],
      ['item', 'first'],
    ]);
    const [heading, paragraph, one, two, quoted] = blocks as TextBlock[];
    expect(heading!.level).toBe(2);
    expect(paragraph!.links.map((link) => [text.text.slice(link.start, link.end), link.href])).toEqual([['linked words', 'https://example.com/a']]);
    expect(one!.list).toEqual(two!.list);
    expect((blocks[9] as TextBlock).list).toEqual({ id: 1, ordered: true });
    expect(quoted!.quoted).toBe(true);
    expect(paragraph!.quoted).toBe(false);
  });

  it('reads the article’s direction from the page', () => {
    expect(articleDirection([outline(BODY, ' dir="rtl"').root], outline(BODY).document.defaultView!)).toBe('rtl');
    const ltr = outline(BODY);
    expect(articleDirection([ltr.root], ltr.document.defaultView!)).toBe('ltr');
  });
});

describe('pieces of a block', () => {
  it('cut at every annotation and link edge, and cover the block exactly', () => {
    const block = { start: 0, end: 30, links: [{ start: 20, end: 30, href: 'https://example.com/' }] };
    const analysis = {
      quotes: [{ start: 5, end: 15, text: '', kind: 'direct' as const, cue: 'said', speaker: { name: 'Jane Doe', mention: { start: 16, end: 20, text: 'Jane' } }, statement: 0 }],
      dates: [{ start: 10, end: 12, text: '', type: 'DATE' as const, value: '2019-01-23' }],
    };
    const pieces = piecesOf(block, annotationSpans(analysis, { quotes: true, dates: true }));
    expect(pieces.map((piece) => [piece.start, piece.end, piece.quote, piece.date, piece.speakerOf, piece.href !== null])).toEqual([
      [0, 5, null, null, null, false],
      [5, 10, 0, null, null, false],
      [10, 12, 0, 0, null, false],
      [12, 15, 0, null, null, false],
      [15, 16, null, null, null, false],
      [16, 20, null, null, 0, false],
      [20, 30, null, null, null, true],
    ]);
    expect(piecesOf(block, annotationSpans(analysis, { quotes: false, dates: false })).filter((piece) => piece.quote !== null || piece.date !== null)).toEqual([]);
  });
});

describe('reading view preferences', () => {
  it('make stored values whole and refuse unknown ones', () => {
    expect(readPreferences(undefined)).toEqual(DEFAULT_PREFERENCES);
    expect(readPreferences({ fontSize: 999, theme: 'neon', typeface: 'sans', lineWidth: 'wide' })).toEqual({ ...DEFAULT_PREFERENCES, typeface: 'sans', lineWidth: 'wide' });
    expect(readPreferences('junk')).toEqual(DEFAULT_PREFERENCES);
  });

  it('step the type size within its range', () => {
    expect(stepFontSize(20, 1)).toBe(22);
    expect(stepFontSize(14, -1)).toBe(14);
    expect(stepFontSize(32, 1)).toBe(32);
  });
});

describe('the article built from the outline', () => {
  it('is made of the outline’s elements and the analysis’s marks, with no page attribute but addresses', () => {
    const { document, text, blocks } = outline(BODY.replace('<p>First', '<p onclick="alert(1)" style="color:red">First'));
    const start = text.text.indexOf('linked words');
    const first = text.text.indexOf('First');
    const analysis: Pick<Analysis, 'text' | 'quotes' | 'speakers' | 'dates'> = {
      text: text.text,
      quotes: [{ start, end: start + 12, text: 'linked words', kind: 'direct', cue: null, speaker: { name: 'Jane Doe', mention: { start: first, end: first + 5, text: 'First' } }, statement: 0 }],
      speakers: [{ name: 'Jane Doe', role: null, quotes: [0] }],
      dates: [],
    };
    const { built, steps } = buildArticleSteps(document, { title: 'Title', byline: 'A. Writer', published: 'Thursday, 24 January 2019', siteName: 'Site' }, blocks, analysis, { quotes: true, dates: true });
    runSteps(steps);
    const article = built.article;
    expect(article.querySelector('h1')!.textContent).toBe('Title');
    expect([...article.querySelectorAll('.story > *')].map((element) => element.tagName)).toEqual(['H2', 'P', 'UL', 'BLOCKQUOTE', 'FIGURE', 'P', 'P', 'OL']);
    expect(article.querySelector('figure figcaption')!.textContent).toBe('The caption.');
    expect(article.querySelector('figure img')!.getAttribute('src')).toBe('https://example.com/photo.jpg');
    const quote = article.querySelector('a whosaid-quote')!;
    expect(quote.textContent).toBe('linked words');
    expect(built.quoteMarks.get(0)).toBe(quote);
    expect(article.querySelector('whosaid-speaker')!.textContent).toBe('First');
    expect([...article.querySelectorAll('a')].map((link) => link.getAttribute('href'))).toEqual(['https://example.com/a']);
    const attributes = [...article.querySelectorAll('*')].flatMap((element) => element.getAttributeNames());
    expect(attributes.filter((name) => name.startsWith('on') || name === 'id')).toEqual([]);
    expect(article.querySelector('p')!.getAttribute('style')).toBeNull();
  });
});
