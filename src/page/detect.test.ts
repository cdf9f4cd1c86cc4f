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

  it('never throws on empty documents', () => {
    expect(detect('').isArticle).toBe(false);
    expect(detect('<frameset><frame src="a.html"></frameset>').isArticle).toBe(false);
  });
});
