import { describe, expect, it } from 'vitest';
import { analyzeArticleText } from '../pipeline.js';
import { rankedSpeakers, statementsOf } from './statements.js';

describe('statementsOf', () => {
  it('joins a quotation interrupted by its attribution into one statement, without the attribution', () => {
    const text = '“On the way to his election victory, Netanyahu broke a lot of crockery,” said Martin Indyk, a former ambassador. “It can’t be repaired quickly.”';
    const analysis = analyzeArticleText(text, '2015-03-18');
    const speaker = analysis.speakers.find((s) => s.name === 'Martin Indyk')!;
    const statements = statementsOf(analysis, speaker);
    expect(statements).toHaveLength(1);
    expect(statements[0]!.quotes).toHaveLength(2);
    expect(statements[0]!.text).not.toMatch(/Indyk|said|ambassador/);
    expect(statements[0]!.text).toMatch(/crockery.*repaired/);
  });

  it('keeps separate statements apart', () => {
    const text = '“We will win,” Smith said on Monday.\n\nLater, Smith spoke again. “We have lost,” Smith said on Tuesday.';
    const analysis = analyzeArticleText(text, '2015-03-18');
    const speaker = analysis.speakers.find((s) => s.name === 'Smith')!;
    expect(statementsOf(analysis, speaker).map((s) => s.quotes.length)).toEqual([1, 1]);
  });

  it('reads reported speech as a sentence', () => {
    const analysis = analyzeArticleText('The minister said that the talks had failed.', '2015-03-18');
    const [statement] = statementsOf(analysis, analysis.speakers[0]!);
    expect(statement!.text).toMatch(/^The talks had failed/);
  });
});

describe('rankedSpeakers', () => {
  it('puts the most quoted first, keeps the analysis’s order between equals, and keeps each index', () => {
    const speakers = [{ name: 'A', quotes: [0] }, { name: 'B', quotes: [1, 2] }, { name: 'C', quotes: [3] }];
    expect(rankedSpeakers({ speakers }).map(({ speaker, speakerIndex }) => `${speaker.name}${speakerIndex}`)).toEqual(['B1', 'A0', 'C2']);
  });
});
