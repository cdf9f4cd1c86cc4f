import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { findArticleBody } from './body.js';
import { detectArticle } from './detect.js';
import { readMetadata } from './metadata.js';

const sample = readFileSync(new URL('../../tests/pages/syria-withdrawal.html', import.meta.url), 'utf8');
const detect = (html: string, url = 'http://example.test/'): ReturnType<typeof detectArticle> => {
  const doc = new JSDOM(html, { url }).window.document;
  return detectArticle(doc, findArticleBody(doc), readMetadata(doc, url), url);
};

// jsdom is slow on a busy machine; these tests parse whole pages.
describe('detectArticle', { timeout: 60_000 }, () => {
  it('calls the sample page an article', () => {
    expect(detect(sample, 'http://127.0.0.1/world/2019/01/24/moscow-slams-us-syria-withdrawal/').isArticle).toBe(true);
  });

  it('calls a plain blog post without metadata an article', () => {
    const paragraphs = Array.from({ length: 8 }, (_, i) => `<p>Entry ${i}: this post goes on, clause after clause, about a topic the author cares about a great deal.</p>`).join('');
    expect(detect(`<body><div class="post">${paragraphs}</div></body>`, 'http://blog.test/posts/why-i-write-long-posts').isArticle).toBe(true);
  });

  it('does not call a listing of headlines an article, even with og:type article', () => {
    const teasers = Array.from({ length: 30 }, (_, i) => `<article><h2><a href="/s/${i}">Story number ${i} has a headline that goes on</a></h2><p><a href="/s/${i}">A teaser line for story ${i}</a></p></article>`).join('');
    expect(detect(`<head><meta property="og:type" content="article"></head><body>${teasers}</body>`).isArticle).toBe(false);
  });

  it('weighs Chinese prose by what it says, not by its character count', () => {
    // Five paragraphs of 60 characters: 300 characters of Chinese read like some 900 of English.
    const sentence = '人工智能公司周三表示，新系统已经可以利用记忆自行学习，研究人员认为这是重要的一步。';
    const paragraphs = Array.from({ length: 5 }, () => `<p>${sentence.repeat(2)}</p>`).join('');
    const url = 'http://news.example.test/tech/story.html';
    expect(detect(`<html lang="zh"><body><div class="main">${paragraphs}</div></body></html>`, url).isArticle).toBe(true);
    // The same length of English is a note, not a story.
    const english = Array.from({ length: 5 }, () => `<p>${'Short words here. '.repeat(3)}</p>`).join('');
    expect(detect(`<html><body><div class="main">${english}</div></body></html>`, url).isArticle).toBe(false);
  });

  // Real pages, cut down to their markup and JSON-LD (scripts, styles and SVG removed): see tests/pages/README.md.
  const notArticles = [
    ['a news home page (nytimes.com front page)', 'home-nytimes.html', 'http://www.nytimes.com/'],
    ['a portal (reddit.com front page)', 'portal-reddit.html', 'https://www.reddit.com/'],
    ['a section front (nytimes.com en Español, JSON-LD CollectionPage and ItemList)', 'section-front-nytimes-es.html', 'https://www.nytimes.com/es/'],
  ] as const;
  for (const [kind, file, url] of notArticles) {
    it(`does not call ${kind} an article`, () => {
      const html = readFileSync(new URL(`../../tests/pages/not-articles/${file}`, import.meta.url), 'utf8');
      expect(detect(html, url).isArticle).toBe(false);
    });
  }

  it('does not call a search or tag page an article: a list of results, each a headline link and a snippet', () => {
    const results = Array.from({ length: 12 }, (_, i) => `<li><h3><a href="/2024/05/${i}/story-${i}">Result ${i}: a headline about the searched subject</a></h3><p>Snippet of result ${i}, with a clause, as search pages show under each headline.</p></li>`).join('');
    const html = `<head><script type="application/ld+json">{"@type":"SearchResultsPage","name":"Search: election"}</script></head><body><main><h1>Results for “election”</h1><ol class="results">${results}</ol></main></body>`;
    expect(detect(html, 'http://news.example.test/search?q=election').isArticle).toBe(false);
    // Without the statement, the results' link density still tells.
    expect(detect(html.replace(/<script[\s\S]*?<\/script>/, ''), 'http://news.example.test/tag/election').isArticle).toBe(false);
  });

  it('does not call a gallery or a video page an article, and keeps a story around a video', () => {
    const slides = Array.from({ length: 20 }, (_, i) => `<figure><img src="/p/${i}.jpg" alt=""><figcaption>${i + 1}/20 A caption of the slide, with a credit. Photo: Agency</figcaption></figure>`).join('');
    const gallery = `<head><meta property="og:type" content="website"><script type="application/ld+json">{"@type":"ImageGallery","name":"The week in pictures"}</script></head><body><main><h1>The week in pictures</h1>${slides}</main></body>`;
    expect(detect(gallery, 'http://news.example.test/galleries/week-in-pictures').isArticle).toBe(false);
    const player = '<div class="video-player"><video src="/v.mp4"></video></div>';
    const video = `<head><meta property="og:type" content="video.other"><script type="application/ld+json">{"@type":"VideoObject","name":"Watch: the storm"}</script></head><body><main><h1>Watch: the storm</h1>${player}<p>The storm made landfall on Tuesday, officials said, and thousands lost power.</p></main></body>`;
    expect(detect(video, 'http://news.example.test/video/watch-the-storm-makes-landfall').isArticle).toBe(false);
    const story = Array.from({ length: 4 }, (_, i) => `<p>Paragraph ${i} of the storm story: the storm made landfall on Tuesday, officials said, and thousands lost power across the coast.</p>`).join('');
    const aroundVideo = `<head><meta property="og:type" content="article"><script type="application/ld+json">[{"@type":"NewsArticle","headline":"Storm makes landfall"},{"@type":"VideoObject","name":"Watch: the storm"}]</script></head><body><article><h1>Storm makes landfall</h1>${player}${story}</article></body>`;
    expect(detect(aroundVideo, 'http://news.example.test/2024/05/01/storm-makes-landfall').isArticle).toBe(true);
  });

  it('keeps a short news brief an article: two paragraphs under a NewsArticle statement', () => {
    const brief = '<p>MOSCOW (AP) — An unmanned Russian cargo spaceship heading to the International Space Station broke up in the atmosphere over Siberia on Thursday, the Russian space agency said.</p>' +
      '<p>The agency said most of the debris burned up, and that the crew of the station, which includes three cosmonauts, was not in danger.</p>';
    const html = `<head><meta property="og:type" content="article"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Russian cargo ship breaks up"}</script></head><body><article><h1>Russian cargo ship breaks up</h1>${brief}</article></body>`;
    expect(detect(html, 'http://news.example.test/2016/12/01/russian-cargo-ship-breaks-up').isArticle).toBe(true);
  });

  it('never throws on empty documents', () => {
    expect(detect('').isArticle).toBe(false);
    expect(detect('<frameset><frame src="a.html"></frameset>').isArticle).toBe(false);
  });
});
