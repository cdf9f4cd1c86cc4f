import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { findArticleBody } from './body.js';
import { extractText } from './text.js';

const sample = readFileSync(new URL('../../tests/pages/syria-withdrawal.html', import.meta.url), 'utf8');
const parse = (html: string): Document => new JSDOM(html).window.document;
const bodyText = (doc: Document): string => {
  const body = findArticleBody(doc);
  return body ? extractText(body.roots, (element) => body.isExcluded(element)).text : '';
};
const prose = (n: number): string =>
  Array.from({ length: n }, (_, i) => `<p>Paragraph ${i} of the story, with a clause, another clause, and enough words to read like prose written by a reporter.</p>`).join('');

// jsdom is slow on a busy machine; these tests parse whole pages.
describe('findArticleBody', { timeout: 60_000 }, () => {
  it('finds every paragraph of the sample article and nothing of the page around it', () => {
    const doc = parse(sample);
    const text = bodyText(doc);
    for (const paragraph of Array.from(doc.querySelectorAll('.entry-content > p'))) {
      expect(text).toContain((paragraph.textContent ?? '').trim());
    }
    for (const outside of ['The Levant Ledger', 'Middle East', 'Staff Reporter', 'Tweet', 'Related', 'Most read', 'Tags:', 'All rights reserved']) {
      expect(text).not.toContain(outside);
    }
  });

  it('returns the roots in document order', () => {
    const doc = parse(`<body><div class="content"><p>Lead paragraph, short, with commas, and more words to make it count.</p>${prose(6)}</div></body>`);
    const body = findArticleBody(doc)!;
    for (let i = 1; i < body.roots.length; i++) {
      expect(body.roots[i - 1]!.compareDocumentPosition(body.roots[i]!) & 4).toBeTruthy();
    }
  });

  it('leaves out share bars, bylines, comments and related-link lists inside the article', () => {
    const doc = parse(`<body><article><div class="byline">By A. Writer</div><div class="share-tools"><a href="#">Share</a></div>${prose(6)}
      <ul class="more"><li><a href="/a">Another story about something else entirely</a></li><li><a href="/b">Yet another story to click</a></li></ul>
      <div id="comments"><p>First comment: I disagree with this, strongly, and at length, as commenters do.</p></div></article></body>`);
    const text = bodyText(doc);
    expect(text).toContain('Paragraph 5');
    for (const outside of ['A. Writer', 'Share', 'Another story', 'First comment']) expect(text).not.toContain(outside);
  });

  it('leaves out an embedded photo gallery’s controls and counters, and keeps a figure’s caption', () => {
    const doc = parse(`<body><article>${prose(3)}
      <div class="pb-f-gallery-gallery"><div class="gallery-nav">1 of 24</div><div class="gallery-button">Full Screen</div><div class="gallery-button">Autoplay</div>
        <div class="gallery-caption">Security forces secure the area after the attack.</div><a href="#">Buy Photo</a></div>
      <figure><img src="x.jpg"><figcaption>The museum, seen from the square in front of it.</figcaption></figure>${prose(3)}</article></body>`);
    const text = bodyText(doc);
    expect(text).toContain('The museum, seen from the square');
    for (const outside of ['1 of 24', 'Full Screen', 'Autoplay', 'Buy Photo']) expect(text).not.toContain(outside);
  });

  it('marks where captions and photo credits lie in the text, and not a block of prose whatever its class', () => {
    const doc = parse(`<body><article>${prose(4)}
      <figure><img src="x.jpg"><figcaption>The museum, seen from the square.</figcaption></figure>
      <p class="photo-credit">Win McNamee/Getty Images</p>${prose(4)}
      <p class="caption-text">${'A long paragraph of the story that a site has given a caption class, with clauses, commas, and words. '.repeat(7)}</p></article></body>`);
    const body = findArticleBody(doc)!;
    const { text, captions } = extractText(body.roots, (element) => body.isExcluded(element), (element) => body.isCaption(element));
    expect(captions.map(({ start, end }) => text.slice(start, end).trim())).toEqual(['The museum, seen from the square.', 'Win McNamee/Getty Images']);
  });

  it('joins the parts of a story that a site wraps apart around an ad, and not teaser lists of the same class', () => {
    const doc = parse(`<body><div class="site-nav"><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a></div><article>
      <h1>A headline</h1><div class="story-body-supplemental"><div class="story-body story-body-1">${prose(2).replaceAll('Paragraph', 'Opening')}</div></div>
      <div class="ad">Advertisement</div>
      <div class="story-body-supplemental"><div class="story-body story-body-2">${prose(8)}</div><div class="supplemental-box">Most emailed: <a href="/c">A list</a></div></div>
    </article>
    <div class="story-body teasers"><p><a href="/a">Another story about something else entirely, with a long headline, and more words in it to count</a></p>
      <p><a href="/b">Yet another story to click on, with its own long headline running on and on to look like prose</a></p></div></body>`);
    const text = bodyText(doc);
    expect(text.indexOf('Opening 0')).toBeGreaterThanOrEqual(0);
    expect(text.indexOf('Opening 1')).toBeLessThan(text.indexOf('Paragraph 0'));
    expect(text).not.toContain('Another story');
  });

  it('returns null when there is no prose', () => {
    expect(findArticleBody(parse('<body><nav><a href="/">Home</a></nav></body>'))).toBeNull();
    expect(findArticleBody(parse('<frameset><frame src="a.html"></frameset>'))).toBeNull();
    expect(findArticleBody(parse(''))).toBeNull();
  });

  it('handles <br>-separated text in one huge div', () => {
    const lines = Array.from({ length: 2000 }, (_, i) => `Line ${i}, of a long text, written without paragraphs at all`).join('<br>');
    const text = bodyText(parse(`<body><div>${lines}</div></body>`));
    expect(text).toContain('Line 1999');
  });

  it('survives deep nesting', () => {
    // 1,000 levels, not 5,000: jsdom's tree builder is quadratic in depth (minutes for 5,000); the walks are iterative either way.
    const deep = parse(`<body>${'<div>'.repeat(1000)}${prose(5)}${'</div>'.repeat(1000)}</body>`);
    expect(findArticleBody(deep)!.roots[0]!.contains(deep.querySelector('p'))).toBe(true);
  });

  it('survives 50,000 elements', () => {
    const wide = parse(`<body><div>${'<span>x</span>'.repeat(50_000)}</div>${prose(5)}</body>`);
    expect(bodyText(wide)).toContain('Paragraph 4');
  });
});
