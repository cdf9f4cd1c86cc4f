// Bylines as real pages print them (corpus/pages), and what must not be read as one.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { bylineNames, findByline } from './byline.js';

describe('bylineNames', () => {
  it.each([
    ['By Larry Fitzmaurice', 'Larry Fitzmaurice'],
    ['By\n\t\t\tScott Cunningham', 'Scott Cunningham'],
    ['By Kelli  Miller\n                    WebMD Health News', 'Kelli Miller'],
    ['Brenda Goodman, MA', 'Brenda Goodman'],
    ['By Stella Kim and Jennifer Jett', 'Stella Kim, Jennifer Jett'],
    ['by Lucas Nolan22 Dec 2016651', 'Lucas Nolan'],
    ['By Nathan Willis\n March 25, 2015', 'Nathan Willis'],
    ['Ben Silverman Games Editor', 'Ben Silverman'],
    ['Joe Wee Monday', 'Joe Wee'],
    ['Par Sébastien Farcis', 'Sébastien Farcis'],
    ['Daniel Kahn Gillmor, Senior Staff Technologist, ACLU Speech, Privacy, Technology Project', 'Daniel Kahn Gillmor'],
    ['Bradley M. Kuhn (http://ebb.org/bkuhn/)', 'Bradley M. Kuhn'],
    ['Michiel de Jong', 'Michiel de Jong'],
  ])('%j → %s', (raw, names) => {
    expect(bylineNames(raw)).toBe(names);
  });

  it.each(['Photograph by Tyrone Turner, National Geographic', 'Last Updated: January 7, 2025', 'Staff Writer', '12 comments'])('%j is no byline', (raw) => {
    expect(bylineNames(raw)).toBeNull();
  });
});

describe('findByline', () => {
  const byline = (html: string): string | null => {
    const doc = new JSDOM(html).window.document;
    return findByline(doc, null, new Map(), doc.querySelector('h1'));
  };

  it('reads the printed byline after the headline, not a comment author or a bio widget', () => {
    expect(byline('<h1>Title</h1><p class="byline">By Erin Cunningham <span>March 2</span></p><div class="comment-author">By Someone Else</div>')).toBe('Erin Cunningham');
    expect(byline('<h1>Title</h1><div class="author-bio">See full bio</div><span class="author"><a rel="author">Alex Perry</a></span>')).toBe('Alex Perry');
  });

  it('falls back to the stated author, which may be an organisation', () => {
    const doc = new JSDOM('<meta name="author" content="Contributors to Wikimedia projects"><h1>Hermitian matrix</h1>').window.document;
    const tags = new Map([['author', ['Contributors to Wikimedia projects']]]);
    expect(findByline(doc, null, tags, doc.querySelector('h1'))).toBe('Contributors to Wikimedia projects');
  });
});
