import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { BOILERPLATE_LINES, findArticleBody } from './body.js';
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
      <div class="media media-image"><img src="y.jpg"> <span class="legend">Un gilet jaune arbore la photo de Frédéric Roy. © E.B</span></div>
      <p class="caption-text">${'A long paragraph of the story that a site has given a caption class, with clauses, commas, and words. '.repeat(7)}</p></article></body>`);
    const body = findArticleBody(doc)!;
    const { text, captions } = extractText(body.roots, (element) => body.isExcluded(element), (element) => body.isCaption(element));
    expect(captions.map(({ start, end }) => text.slice(start, end).trim())).toEqual(['The museum, seen from the square.', 'Win McNamee/Getty Images', 'Un gilet jaune arbore la photo de Frédéric Roy. © E.B']);
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

  describe('boilerplate lines inside the story, each rule on the real line it was written for', () => {
    for (const { rule, example, page } of BOILERPLATE_LINES) {
      it(`leaves out “${example}” (${page})`, () => {
        expect(rule.test(example)).toBe(true);
        const text = bodyText(parse(`<body><article>${prose(3)}<p>${example}</p>${prose(3)}</article></body>`));
        expect(text).toContain('Paragraph 2');
        expect(text).not.toContain(example);
      });
    }

    it('keeps a sentence of the story that opens with the same words', () => {
      const sentence = 'Read more than 40 pages of the filing and a pattern emerges, the lawyer said, one the court had missed.';
      expect(bodyText(parse(`<body><article>${prose(3)}<p>${sentence}</p>${prose(3)}</article></body>`))).toContain(sentence);
    });
  });

  it('leaves out a list of other stories and the line that introduces it ("More games news:" on yahoo-1)', () => {
    const links = ['‘Skylanders Imaginators’ will let you create and 3D print your own action figure', 'Review: High-flying ‘NBA 2K17’ has a career year', 'Review: ‘Madden NFL 17’ runs hard, plays it safe']
      .map((headline, i) => `<li><a href="/games/${i}">${headline}</a></li>`).join('');
    const text = bodyText(parse(`<body><article>${prose(5)}<p><strong>More games news:</strong></p><ul>${links}</ul><p><em>Ben Silverman is on Twitter at ben_silverman.</em></p></article></body>`));
    expect(text).toContain('Paragraph 4');
    for (const outside of ['More games news', 'Skylanders', 'Madden']) expect(text).not.toContain(outside);
  });

  it('leaves out a gallery whose captions sit one per slide, however much text they hold (bug-1255978)', () => {
    const slides = Array.from({ length: 12 }, (_, i) => `<li data-gallery-legend="${i + 1}"><h2><span class="counter">${i + 1}/12</span> Slide ${i} title</h2>
      <p>Caption ${i}: revenues at the club dipped 8.8 per cent last year, according to its accounts, as the fans' pride was dented too.</p><p class="credits">GETTY IMAGES</p></li>`).join('');
    const text = bodyText(parse(`<body><article><div class="text-wrapper">${prose(4)}<div class="full-gallery"><ul class="legends">${slides}</ul></div>${prose(4).replaceAll('Paragraph', 'Later')}</div></article></body>`));
    expect(text).toContain('Later 3');
    for (const outside of ['Caption 0', '1/12', 'GETTY IMAGES']) expect(text).not.toContain(outside);
  });

  it('leaves out a video player’s setting labels (bug-1255978)', () => {
    const player = '<div class="video-js"><div class="vjs-tracksettings"><label class="vjs-label">Text Edge Style</label><label>Font Family</label></div></div>';
    const text = bodyText(parse(`<body><article>${prose(3)}${player}${prose(3)}</article></body>`));
    expect(text).toContain('Paragraph 2');
    for (const outside of ['Text Edge Style', 'Font Family']) expect(text).not.toContain(outside);
  });

  it('keeps the subheadings, lists and quotes between the parts of a story (embedded-videos)', () => {
    const text = bodyText(parse(`<body><article><h1>Lorem</h1><div>${prose(1)}</div><h2>Videos</h2><p>At root</p><iframe src="https://www.youtube.com/embed/x"></iframe>
      <blockquote>A quoted line, inside the story, with a clause.</blockquote><h2>Foo</h2><div>Tempor incididunt ut labore et dolore magna aliqua, ut enim ad minim veniam, quis nostrud exercitation ullamco laboris.</div></article></body>`));
    for (const inside of ['Paragraph 0', 'Videos', 'A quoted line', 'Foo', 'Tempor incididunt']) expect(text).toContain(inside);
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
