import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readMetadata } from './metadata.js';

const sample = readFileSync(new URL('../../tests/pages/syria-withdrawal.html', import.meta.url), 'utf8');
const parse = (html: string, url = 'http://example.test/'): Document => new JSDOM(html, { url }).window.document;

// jsdom is slow on a busy machine; these tests parse whole pages.
describe('readMetadata', { timeout: 60_000 }, () => {
  it('reads the sample page', () => {
    expect(readMetadata(parse(sample))).toEqual({
      title: 'Moscow Slams US For Not Taking Concrete Steps to Withdraw Occupying Troops in Syria',
      byline: 'Staff Reporter',
      published: '2019-01-24',
      publishedFrom: 'JSON-LD',
      siteName: 'The Levant Ledger',
      language: 'en',
    });
  });

  it('strips the site name from <title> when nothing better is given', () => {
    expect(readMetadata(parse('<title>Rain expected all week across the north | Daily Weather</title>')).title).toBe('Rain expected all week across the north');
  });

  it('falls back to <time> after the headline, then to the URL', () => {
    const doc = parse('<body><h1>Headline</h1><p>By someone <time datetime="2020-03-04T23:30:00-05:00">March 4</time></p></body>');
    expect(readMetadata(doc).published).toBe('2020-03-04');
    expect(readMetadata(parse('<body></body>', 'https://news.test/2018/7/9/some-story')).published).toBe('2018-07-09');
  });

  it('reads the date in the address a saved page declares (canonical link, then og:url)', () => {
    const saved = 'file:///home/reader/saved.html';
    expect(readMetadata(parse('<head><link rel="canonical" href="https://news.test/world/2015/03/18/story.html"></head>', saved)).published).toBe('2015-03-18');
    expect(readMetadata(parse('<head><meta property="og:url" content="https://news.test/2016/11/02/story"></head>', saved)).published).toBe('2016-11-02');
    expect(readMetadata(parse('<head><link rel="canonical" href="https://news.test/world/story-2015.html"></head>', saved)).published).toBeNull();
  });

  it('prefers the JSON-LD name when the headline is a description and the name matches the page title', () => {
    const doc = parse(`<head><title>Hermitian matrix - Wikipedia</title><script type="application/ld+json">{"@type":"Article","name":"Hermitian matrix","headline":"matrix equal to its conjugate-transpose"}</script></head>`);
    expect(readMetadata(doc).title).toBe('Hermitian matrix');
  });

  it('reads JSON-LD in @graph and ignores broken JSON-LD', () => {
    const doc = parse(`<head><script type="application/ld+json">{broken</script>
      <script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"BlogPosting","headline":"Graph title","datePublished":"2021-05-06","author":[{"name":"A"},{"name":"B"}]}]}</script></head>`);
    expect(readMetadata(doc)).toMatchObject({ title: 'Graph title', published: '2021-05-06', byline: 'A, B' });
  });
});
