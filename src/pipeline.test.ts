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

  it('keeps the direct quotes of a page in another language, without speakers, and says why', () => {
    const { analysis } = analyzePage(page('es', spanish), { published: '2019-01-24' });
    expect(analysis.quotes.length).toBeGreaterThanOrEqual(5);
    expect(analysis.quotes.every((quote) => quote.kind === 'direct' && quote.speaker === null)).toBe(true);
    expect(analysis.speakers).toEqual([]);
    expect(analysis.warnings.join(' ')).toMatch(/"es".*English articles only/);
    // The popup says so in words, from this field.
    expect(analysis.unreadLanguage).toBe('es');
  });
});
