import { describe, expect, it } from 'vitest';
import type { Analysis, Quote } from '../types.js';
import { JSDOM } from 'jsdom';
import { analyzePage } from '../pipeline.js';
import { applyMarks, quoteLabel } from './marks.js';
import { LABEL_ATTRIBUTE } from './tooltip.js';

const quote = (speaker: Quote['speaker']): Quote => ({ start: 0, end: 10, text: '«Ich bin.»', kind: 'direct', cue: null, speaker, statement: 0 });

describe('quoteLabel', () => {
  const speakers: Analysis['speakers'] = [{ name: 'Birgit Kelle', role: 'Bestseller-Autorin', quotes: [0] }];

  it('says who said a quote and their role', () => {
    const analysis = { quotes: [quote({ name: 'Birgit Kelle', mention: { start: 12, end: 24, text: 'Birgit Kelle' } })], speakers };
    expect(quoteLabel(analysis, 0)).toBe('Quote: Birgit Kelle, Bestseller-Autorin');
  });

  it('tells the reader when no words near the quote name its speaker (the article’s main speaker)', () => {
    const analysis = { quotes: [quote({ name: 'Birgit Kelle', mention: { start: 0, end: 0, text: '' }, inferred: true })], speakers };
    expect(quoteLabel(analysis, 0)).toBe('Quote: Birgit Kelle, Bestseller-Autorin (not named at the quote: the article’s main speaker)');
  });
});

describe('applyMarks', () => {
  // pubdates 295, shortened: the subheading is Birgit Kelle's, given to her as the article's main speaker.
  const paragraphs = [
    'Gegen den Strom zu schwimmen, sei eigentlich nie ihr Ziel gewesen, sagt Bestseller-Autorin Birgit Kelle gleich zu Anfang. Sie habe einfach über Dinge geschrieben, von denen sie selbst betroffen gewesen sei.',
    '«Ich empfinde es als diskriminierend, wenn ich mich nicht mehr Mutter nennen darf», so die vielseitige Buchautorin. Mit der Gendersprache werde der Fokus falsch gesetzt, moniert Kelle.',
    '«Wir sind alle Geschöpfe Gottes»',
    'Über Gebote wie das Ehegebot dürfe man aber nicht abstimmen, sagt Kelle. Die Kirche müsse klar bleiben.',
  ];
  const html = `<!DOCTYPE html><html lang="de"><head><meta property="og:type" content="article"><title>Birgit Kelle im Talk</title></head>
    <body><article><h1>Birgit Kelle im Talk</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;

  it('marks a quote given to the main speaker with the label that says so', () => {
    const document = new JSDOM(html).window.document;
    const { analysis, articleText } = analyzePage(document, { force: true });
    const subheading = analysis.quotes.findIndex((q) => q.text.includes('Geschöpfe Gottes'));
    expect(analysis.quotes[subheading]?.speaker).toMatchObject({ name: 'Birgit Kelle', inferred: true });
    applyMarks(document, analysis, articleText, { quotes: true, dates: false, style: 'fill' });
    const mark = [...document.querySelectorAll('whosaid-quote')].find((m) => m.textContent!.includes('Geschöpfe Gottes'));
    expect(mark?.getAttribute(LABEL_ATTRIBUTE)).toBe('Quote: Birgit Kelle, Bestseller-Autorin (not named at the quote: the article’s main speaker)');
  });
});
