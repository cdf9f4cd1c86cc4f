import { describe, expect, it } from 'vitest';
import type { Analysis } from '../types.js';
import { analysisToMarkdown } from './markdown.js';

const analysis = (published: string | null): Analysis => ({
  isArticle: true, title: 'Title', byline: null, published, publishedFrom: published ? 'meta' : null,
  anchor: published ? 'published' : 'none', anchorDate: published, text: '', removed: [], quotes: [], speakers: [], dates: [], warnings: [], unreadLanguage: null,
});

describe('analysisToMarkdown', () => {
  it('gives the publication date, or says it is unknown', () => {
    expect(analysisToMarkdown(analysis('2019-01-24'), 'https://news.test/a')).toContain('- Published: 2019-01-24');
    expect(analysisToMarkdown(analysis(null), 'https://news.test/a')).toContain('- Published: date unknown');
  });
});
