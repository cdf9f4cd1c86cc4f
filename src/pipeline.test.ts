import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { analyzePage } from './pipeline.js';

const page = (lang: string | null, paragraphs: string[]) => new JSDOM(`<!DOCTYPE html><html${lang ? ` lang="${lang}"` : ''}><head><title>A story</title>
  <meta property="og:type" content="article"></head><body><article><h1>A story</h1>${paragraphs.map((text) => `<p>${text}</p>`).join('')}</article></body></html>`).window.document;

const english = Array.from({ length: 5 }, (_, i) => `“We are not withdrawing troops at this stage, not in week ${i},” Maria Zakharova said on Wednesday. She told reporters that talks would resume.`);
const spanish = Array.from({ length: 5 }, (_, i) => `“La estrategia de la Coordinadora no cambia en la semana ${i}”, dijo. Consultada por este diario, la ministra no respondió a las preguntas del periódico.`);

describe('analyzePage', () => {
  it('attributes quotes on pages in English, or in no declared language', () => {
    for (const lang of ['en-GB', null]) {
      const { analysis } = analyzePage(page(lang, english), { published: '2019-01-24' });
      expect(analysis.speakers.map((speaker) => speaker.name)).toContain('Maria Zakharova');
      expect(analysis.warnings).toEqual([]);
      expect(analysis.unreadLanguage).toBeNull();
    }
  });

  it('dates a home page only by what it states, and looks for printed dates on articles (and pages analysed anyway)', () => {
    // nytimes.com's front page of 2014 prints its teasers' dates; it states none of its own.
    const home = () => new JSDOM(readFileSync(new URL('../tests/pages/not-articles/home-nytimes.html', import.meta.url), 'utf8')).window.document;
    expect(analyzePage(home()).analysis).toMatchObject({ isArticle: false, published: null, publishedFrom: null });
    expect(analyzePage(home(), { force: true }).analysis).toMatchObject({ published: '2014-01-30', publishedFrom: 'date element' });
  });

  it('keeps the direct quotes of a page in another language, without speakers, and says why', () => {
    const { analysis } = analyzePage(page('es', spanish), { published: '2019-01-24' });
    expect(analysis.quotes.length).toBeGreaterThanOrEqual(5);
    expect(analysis.quotes.every((quote) => quote.kind === 'direct' && quote.speaker === null)).toBe(true);
    expect(analysis.speakers).toEqual([]);
    expect(analysis.warnings.join(' ')).toMatch(/"es".*English, French and German articles only/);
    // The popup says so in words, from this field.
    expect(analysis.unreadLanguage).toBe('es');
  });

  it('reads no speech in a caption and takes no one it names for the next "he said", but reads roles there', () => {
    // npr.org: the caption between two paragraphs about Dylann Roof made "He also said" hers.
    const story = [
      ...english.slice(0, 3),
      'In the interview, Dylann Roof said he had acted alone and had planned the shooting for months beforehand.',
      '</p><figure><img src="x.jpg"><figcaption>Sharon Risher, whose mother was killed at the church, says “we forgive him.” Win McNamee/Getty Images</figcaption></figure><p>He also said: “I am guilty. We all know I am guilty.”',
      'The jury heard the tape on Friday, and the trial resumes next week with testimony from the survivors of the attack.',
      '</p><div class="caption">Deputy Sheriff Alan Smith at the court.</div><p>“The tape speaks for itself,” Smith told reporters outside the courthouse.',
    ];
    const { analysis } = analyzePage(page(null, story), { published: '2019-01-24' });
    expect(analysis.text).toContain('Sharon Risher');
    const speakerOf = (words: string) => analysis.speakers.find((s) => s.quotes.some((i) => analysis.quotes[i]!.text.includes(words)));
    expect(speakerOf('I am guilty')?.name).toBe('Dylann Roof');
    expect(speakerOf('we forgive him')).toBeUndefined();
    expect(analysis.speakers.map((s) => s.name)).not.toContain('Sharon Risher');
    expect(speakerOf('speaks for itself')).toMatchObject({ name: 'Alan Smith', role: 'Deputy Sheriff' });
  });
});
