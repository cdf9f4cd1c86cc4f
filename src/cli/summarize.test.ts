import { describe, expect, it } from 'vitest';
import { mentionsOf, summarize, toCsv, toMarkdown, UNNAMED } from './summarize.js';

/** A result line as `whosaid analyze --json` writes it, with only what the summary reads. */
const result = (url: string, published: string | null, speakers: [string, number[]][], statements: number[]) => ({
  isArticle: true,
  url,
  siteName: null,
  published,
  quotes: statements.map((statement) => ({ statement })),
  speakers: speakers.map(([name, quotes]) => ({ name, role: null, quotes })),
});

const lines = [
  // "A," Sarnicki said. "B." is two quotes, one statement.
  result('https://www.example-news.com/2024/03/a', '2024-03-02', [['Capt. James Sarnicki', [0, 1]], ['Bill Clinton', [2]]], [0, 0, 1]),
  result('https://example-news.com/b', '2024-03-20', [['Sarnicki', [0]]], [0]),
  result('https://other.example/c', '2024-04-01', [['Hillary Clinton', [0, 1]], ['the official', [2]]], [0, 1, 2]),
  result('https://other.example/d', '2024-04-03', [['the official', [0]]], [0]),
  { isArticle: false, url: 'https://other.example/', published: null, quotes: [], speakers: [] },
];

describe('whosaid summarize', () => {
  const summary = summarize(lines.flatMap(mentionsOf));

  it('counts statements and quotes per merged speaker, outlet and month', () => {
    expect(toCsv(summary).trim().split('\n')).toEqual([
      'speaker,outlet,month,statements,quotes,articles,names merged',
      'Capt. James Sarnicki,example-news.com,2024-03,2,3,2,Capt. James Sarnicki | Sarnicki',
      // Two articles' "the official" are not taken for one person: they count as unnamed sources.
      `${UNNAMED},other.example,2024-04,2,2,2,${UNNAMED}`,
      'Hillary Clinton,other.example,2024-04,2,2,1,Hillary Clinton',
      'Bill Clinton,example-news.com,2024-03,1,1,1,Bill Clinton',
    ]);
  });

  it('writes Markdown tables overall, per outlet and per month', () => {
    const markdown = toMarkdown(summary, 20);
    expect(markdown).toContain('### Speakers by statements');
    expect(markdown).toContain('| Capt. James Sarnicki | 2 | 3 | 2 | Capt. James Sarnicki, Sarnicki |');
    expect(markdown).toContain('### Outlet: other.example');
    expect(markdown).toContain('### Month: 2024-04');
    expect(toMarkdown(summary, 1)).toContain('(3 more speakers)');
  });
});
