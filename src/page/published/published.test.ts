// One real example of each source of the publication day (snippets of pages
// in ../shared/corpus/pubdates and corpus/pages, trimmed), with the cases each
// must not take.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readStatements } from '../structured-data.js';
import { findPublished } from './index.js';

const TODAY = '2026-12-01';

function published(html: string, { language = 'de', addresses = [] as string[] } = {}): { day: string; source: string } | null {
  const doc = new JSDOM(html).window.document;
  const heading = doc.querySelector('h1');
  return findPublished(doc, readStatements(doc), heading, language, addresses, TODAY);
}

describe('publication day sources', () => {
  it('JSON-LD datePublished, in @graph, or on a WebPage when there is no article object', () => {
    expect(published('<script type="application/ld+json">{"@graph":[{"@type":"BlogPosting","datePublished":"2021-05-06T10:00:00+02:00"}]}</script>')).toEqual({ day: '2021-05-06', source: 'JSON-LD' });
    // creativecommons.ch: only a WebPage object dates the page.
    expect(published('<script type="application/ld+json">{"@type":"WebPage","datePublished":"2014-03-17T01:44:37+00:00","dateModified":"2018-09-16T06:34:07+00:00"}</script>')?.day).toBe('2014-03-17');
  });

  it('meta names, including site variants', () => {
    expect(published('<meta name="shareaholic:article_published_time" content="2014-03-17T01:44:37+01:00">')).toEqual({ day: '2014-03-17', source: 'meta' });
    expect(published('<meta property="article:published_time" content="2019-12-09T19:00:49+01:00"><meta property="article:modified_time" content="2019-12-09T17:14:32+01:00">')?.day).toBe('2019-12-09');
  });

  it("Blogger's abbr.published and itemprop datePublished", () => {
    expect(published('<h2 class="date-header">mardi 5 juin 2018</h2><abbr class="published" itemprop="datePublished" title="2018-06-05T08:00:00-07:00">08:00</abbr>')).toEqual({ day: '2018-06-05', source: 'markup' });
  });

  it('the first <time datetime> after the headline, not a teaser before it', () => {
    const html = '<ul class="latest"><li><time datetime="2023-11-08T21:24:10-08:00">5 hours ago</time></li></ul><h1>Arrest made</h1><p><time datetime="2021-11-25 16:11">25. November 2021</time></p>';
    expect(published(html)).toEqual({ day: '2021-11-25', source: 'time' });
  });

  it('the address the page declares: /2019/01/24/ and 20190124 paths', () => {
    expect(published('', { addresses: ['https://aoc.media/opinion/2019/12/09/pour-le-neoliberalisme/'] })).toEqual({ day: '2019-12-09', source: 'address' });
    expect(published('', { addresses: ['https://news.test/politik/20190124/story.html'] })?.day).toBe('2019-01-24');
    expect(published('', { addresses: ['https://ditib.de/detail1.php?id=20211016'] })).toBeNull();
  });

  it('a labelled date line, in German, French and English, even in a post footer', () => {
    expect(published('<h1>Krimiblog</h1><div class="postDate">Veröffentlicht am: 6. August 2009</div>')).toEqual({ day: '2009-08-06', source: 'date line' });
    expect(published('<h1>Titre</h1><p><span>Publié le</span> <span>5 juin 2018</span></p>', { language: 'fr' })?.day).toBe('2018-06-05');
    expect(published('<h1>Roomba</h1><p>Text.</p><div class="post-footer">Dieser Artikel wurde am 14. Dezember 2015 um 14:48 von Heiner veröffentlicht.</div>')?.day).toBe('2015-12-14');
  });

  it('not a label inside prose, nor a comment\'s date line', () => {
    const prose = `<h1>Mercurial and Python 3</h1><p>${'Words of the post. '.repeat(10)}Mercurial 5.2 was published on November 5, 2019, and more words follow here.</p>`;
    expect(published(prose, { language: 'en' })?.source).not.toBe('date line');
    const comment = '<h1>Post</h1><div id="comments"><div class="comment-meta">Veröffentlicht am 15. Dezember 2015</div></div>';
    expect(published(comment)?.source).not.toBe('date line');
  });

  it('a date-classed element (WordPress entry-date), skipping comment metadata', () => {
    const html = '<h1>Demokratie</h1><div class="entry-meta"><span class="entry-date">13. Januar 2014</span></div><ol class="commentlist"><li><div class="comment-meta">15. Januar 2014</div></li></ol>';
    expect(published(html)).toEqual({ day: '2014-01-13', source: 'date element' });
    expect(published('<h1>Neues</h1><div class="comment-date">15. Dezember 2015</div>')?.source).not.toBe('date element');
  });

  it('generic meta "date" only after the article\'s own <time>', () => {
    // alpin.de: <meta name="Date"> is the day the page was edited.
    const html = '<meta name="Date" content="2022-1-26T14:32:06+02:00"><h1>Quantum Free</h1><time datetime="2022-01-21" class="meta__label">21.01.2022 - 13:30</time>';
    expect(published(html)?.day).toBe('2022-01-21');
    expect(published('<meta name="date" content="2020-02-12">')).toEqual({ day: '2020-02-12', source: 'generic meta' });
  });

  it('the local day of a UTC instant when the article states the same moment with its offset', () => {
    // ktla.com: published 10:35 PM PST on Nov 8, stated in UTC as Nov 9.
    const html = '<meta property="article:published_time" content="2023-11-09T06:35:29+00:00"><h1>Arrest made</h1><time datetime="2023-11-08T22:35:29-08:00">Nov 8, 2023 / 10:35 PM PST</time>';
    expect(published(html, { language: 'en-us' })?.day).toBe('2023-11-08');
    // A comment's <time pubdate> a day later is not the same moment.
    const comments = '<meta property="article:published_time" content="2015-12-12T05:00:37+00:00"><h1>Post</h1><ol class="commentlist"><li><time pubdate datetime="2015-12-13T01:10:03+01:00">13 Dezember, 2015</time></li></ol>';
    expect(published(comments)?.day).toBe('2015-12-12');
  });

  it('never a day after today, nor a printed day after the stated modification', () => {
    expect(published('<meta property="article:published_time" content="2099-01-01">')).toBeNull();
    const html = '<meta property="article:modified_time" content="2019-03-01T10:00:00+01:00"><h1>Title</h1><div class="date">12.05.2019</div>';
    expect(published(html)).toEqual({ day: '2019-03-01', source: 'modified' });
  });

  it('the first date after the headline, then any date on the page, as last resorts', () => {
    expect(published('<h1>Gefahrstoffmanagement</h1><p>Stand der Information: Schengen, 3. Juli 2018</p>')?.day).toBe('2018-07-03');
    // qualisys.eu: the copyright line is the only date.
    expect(published('<p>Gefahrstoffe</p><p>Copyright © 19.12.2019 - 12:14 h by Qualisys GmbH</p>')).toEqual({ day: '2019-12-19', source: 'page text' });
    expect(published('<h1>No date here</h1><p>Opening hours 9:00–17:00, version 2.1.3.</p>')).toBeNull();
  });
});
