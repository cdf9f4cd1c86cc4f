import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { findArticleBody } from '../page/body.js';
import { extractText } from '../page/text.js';
import { findClutter } from './clutter.js';
import type { ListMatch } from './list-rules.js';

const sample = readFileSync(new URL('../../tests/pages/syria-withdrawal.html', import.meta.url), 'utf8');
const parse = (html: string): Document => new JSDOM(html).window.document;
const prose = (n: number): string =>
  Array.from({ length: n }, (_, i) => `<p>Paragraph ${i} of the story, with a clause, another clause, and enough words to read like prose written by a reporter.</p>`).join('');
const clutterOf = (doc: Document) => findClutter(doc, findArticleBody(doc)).items;

// jsdom is slow on a busy machine; these tests parse whole pages.
describe('findClutter', { timeout: 60_000 }, () => {
  it('finds both ad slots and the newsletter box of the sample, and the text keeps every paragraph', () => {
    const doc = parse(sample);
    const body = findArticleBody(doc)!;
    const clutter = findClutter(doc, body).items;
    expect(clutter.map(({ kind, selector }) => ({ kind, selector }))).toEqual([
      { kind: 'ad', selector: '#div-gpt-ad-1548342000-0' },
      { kind: 'prompt', selector: '#newsletter-signup' },
      { kind: 'ad', selector: '#div-gpt-ad-1548342000-1' },
    ]);
    for (const item of clutter) expect(doc.querySelectorAll(item.selector)).toHaveLength(1);
    const hidden = new Set(clutter.map((item) => item.element));
    const text = extractText(body.roots, (element) => body.isExcluded(element) || hidden.has(element)).text;
    expect(text).not.toContain('Advertisement');
    expect(text.split('\n\n')).toHaveLength(10);
  });

  it('widens an ad label to the wrapper that holds only the label and the creative', () => {
    const doc = parse(`<body><div class="story">${prose(3)}<div class="x1"><div class="x2"><small>ADVERTISEMENT</small><div><iframe></iframe></div></div></div>${prose(3)}</div></body>`);
    const items = clutterOf(doc);
    expect(items.map((item) => [item.kind, item.element.getAttribute('class')])).toEqual([['ad', 'x1']]);
  });

  it('takes an ad container with its own line of copy, and a recommendation widget full of headlines', () => {
    const headlines = Array.from({ length: 20 }, (_, i) => `<a href="/s${i}">Doctors stunned by this one trick number ${i}, you will not believe it</a>`).join('');
    const doc = parse(`<body><div class="story">${prose(3)}<div class="story-ad ad"><p>Advertisement. Continue reading the main story</p></div>${prose(3)}</div>
      <div class="trc_related_container">${headlines}</div></body>`);
    expect(clutterOf(doc).map((item) => [item.kind, item.element.getAttribute('class')])).toEqual([['ad', 'story-ad ad'], ['ad', 'trc_related_container']]);
  });

  it('takes paywall and cookie prompts found by their words, with their controls', () => {
    const doc = parse(`<body><div class="story">${prose(5)}</div><div class="overlay"><div><p>You have reached your free article limit.</p><a href="/subscribe">Become a subscriber</a></div></div>
      <div class="banner"><span>We use cookies to improve your experience.</span><button>OK</button></div></body>`);
    const kinds = clutterOf(doc).map((item) => [item.kind, item.element.getAttribute('class')]);
    expect(kinds).toEqual([['prompt', 'overlay'], ['prompt', 'banner']]);
  });

  it('never hides the article, even when its wrapper is named like an ad or a prompt', () => {
    const doc = parse(`<body><div id="ad-wrapper"><div class="newsletter-content">${prose(6)}<p>Sign up for the course was free, the professor said, and thousands did, to general surprise.</p></div></div></body>`);
    const body = findArticleBody(doc)!;
    const clutter = findClutter(doc, body).items;
    for (const item of clutter) {
      for (const paragraph of Array.from(doc.querySelectorAll('p'))) expect(item.element.contains(paragraph)).toBe(false);
    }
  });

  it('leaves the site’s header and menus alone, even where they offer a subscription', () => {
    const doc = parse(`<body><div id="masthead"><div class="wrap"><a href="/">The Daily</a> <a href="/world">World</a> <a href="/politics">Politics</a>
      <div class="user-subscriptions-group"><a href="/subscribe">Subscribe now</a> <span>Log in</span></div></div></div>
      <div class="story">${prose(5)}</div>
      <div id="site-index-navigation"><ul><li class="subscriptions"><a href="/home-delivery">Home Delivery</a></li><li><a href="/crossword">Crossword</a></li></ul></div>
      <aside><div class="newsletter-box"><p>Get our newsletter every morning.</p><button>Sign up</button></div></aside></body>`);
    // Only the newsletter box, widened to the aside that holds nothing else.
    expect(clutterOf(doc).map((item) => [item.kind, item.element.localName, item.element.textContent?.trim()])).toEqual([['prompt', 'aside', 'Get our newsletter every morning.Sign up']]);
  });

  it('does not mistake an article sentence about subscriptions for a prompt', () => {
    const doc = parse(`<body><div class="story">${prose(4)}<p>Readers who subscribe to the newsletter get the report first.</p>${prose(2)}</div></body>`);
    expect(clutterOf(doc)).toEqual([]);
  });

  it('lets a list hide a row of share links in the article, which is no line of the story', () => {
    const doc = parse(`<body><div class="story">${prose(5)}<ul class="share"><li><a href="/e">Click to email this to a friend</a></li><li><a href="/t">Click to share on Twitter</a></li></ul></div></body>`);
    const share = doc.querySelector('.share')!;
    expect(findClutter(doc, findArticleBody(doc), [{ element: share, rule: { selector: '.share', kind: 'prompt' } }]).items.map((item) => item.element)).toEqual([share]);
  });

  it('hides what a list rule matches, with the list’s kind, and refuses a rule that would hide the story, saying so', () => {
    const doc = parse(`<body><div class="wrap sponsor"><div class="story"><h2>What happened</h2>${prose(5)}</div></div>
      <div class="consent-layer"><span>Choose</span></div><div class="tower"><span>Buy now</span></div></body>`);
    const body = findArticleBody(doc)!;
    const rule = (selector: string, kind: ListMatch['rule']['kind']) => ({ element: doc.querySelector(selector)!, rule: { selector, kind } });
    const found = findClutter(doc, body, [rule('.sponsor', 'ad'), rule('.consent-layer', 'cookie-banner'), rule('.tower', 'ad'), rule('h2', 'prompt')]);
    expect(found.items.map((item) => [item.kind, item.element.getAttribute('class')])).toEqual([['cookie-banner', 'consent-layer'], ['ad', 'tower']]);
    expect(found.warnings).toEqual([
      expect.stringContaining('(ad: .sponsor)'),
      expect.stringContaining('(prompt: h2)'),
    ]);
  });

  it('keeps a how-to’s numbered steps, though they say “sign up”, and still takes the newsletter box below', () => {
    const steps = [['Sign up for a ', 'Hulu ad-free account', ' for $11.99 a month.'], ['Sign up for the ', 'Disney+ bundle', ', which includes Hulu and ESPN+.'], ['Cancel the old plan from ', 'your account page', '.']]
      .map(([before, link, after]) => `<li>${before}<a href="https://example.com/offer">${link}</a>${after}</li>`).join('');
    const doc = parse(`<body><div class="story">${prose(3)}<ol>${steps}</ol>${prose(2)}
      <div class="box"><p>Sign up for our newsletter to get the best deals.</p><form><input><button>Sign up</button></form></div></div></body>`);
    const items = clutterOf(doc);
    for (const item of doc.querySelectorAll('li')) expect(items.some(({ element }) => element.contains(item))).toBe(false);
    expect(items.map((item) => item.element.getAttribute('class'))).toEqual(['box']);
  });
});
